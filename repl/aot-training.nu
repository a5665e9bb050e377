# Run once per build by bin/nu-ebpf to make the JDK's AOT class cache: the classes this loads start from the
# cache in later runs. Every cached class is loaded at start-up, so this covers only the everyday core
# (records, ranges, loops, closures, the common filters and the table renderer): ~10 ms more of start-up for
# a much wider script measured no faster overall.
let rows = (1..30 | each {|i| {id: $i, group: ($i mod 3), value: (($i * 7) mod 10)} })
$rows | where value > 1 | group-by group --to-table | each {|g| {group: $g.group, n: ($g.items | get value | math sum)} } | sort-by n --reverse | first 2 | get n | ignore
mut s = 0
for i in 1..300 { $s += $i }
$rows | table | ignore
$"($s)" | to nuon | ignore
# the probe compiler (--dry-run: no kernel needed); measured to cost nothing at start-up
ebpf attach --dry-run 'tracepoint:syscalls/sys_enter_getppid' {|| bpf-tgid | bpf-emit } | ignore
