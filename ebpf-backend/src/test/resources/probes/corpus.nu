# Probe corpus: every closure here must compile, show its sections/types in readelf and bpftool, and pass the
# kernel verifier (bpftool prog loadall). Entry header: `## name | probe spec [| perf] [| captures: k=v ...]`.

## tgid-emit-readme | kprobe:ksys_read
{|| bpf-tgid | bpf-emit }

## pid-emit | kprobe:ksys_read
{|| bpf-pid | bpf-emit }

## uid-emit-tracepoint | tracepoint:syscalls/sys_enter_read
{|| bpf-uid | bpf-emit }

## ktime-emit-kretprobe | kretprobe:ksys_read
{|| bpf-ktime | bpf-emit }

## comm-count-readme | kprobe:ksys_read
{|| bpf-comm | bpf-count }

## comm-emit | tracepoint:syscalls/sys_enter_write
{|| bpf-comm | bpf-emit }

## arg0-emit | kprobe:ksys_read
{|| bpf-arg 0 | bpf-emit }

## arg5-emit | kprobe:do_sys_openat2
{|| bpf-arg 5 | bpf-emit }

## arg2-tracepoint | tracepoint:syscalls/sys_enter_openat
{|| bpf-arg 2 | bpf-emit }

## retval-kretprobe | kretprobe:ksys_read
{|| bpf-retval | bpf-emit }

## retval-sys-exit | tracepoint:syscalls/sys_exit_read
{|| bpf-retval | bpf-histogram }

## record-readme-opens | kprobe:do_sys_openat2
{|| { pid: (bpf-tgid), comm: (bpf-comm) } | bpf-emit }

## record-readme-structured | kprobe:do_sys_openat2
{||
    { pid: (bpf-tgid), uid: (bpf-uid), time: (bpf-ktime) } | bpf-emit
}

## emit-comm | kprobe:ksys_read
{|| bpf-emit-comm }

## read-user-str-readme | kprobe:do_sys_openat2
{||
    bpf-arg 1 | bpf-read-user-str
}

## read-user-str-tracepoint | tracepoint:syscalls/sys_enter_openat
{|| bpf-arg 1 | bpf-read-user-str }

## read-str-kernel | kprobe:do_sys_openat2
{|| bpf-arg 1 | bpf-read-str | bpf-emit }

## record-with-string | tracepoint:syscalls/sys_enter_openat
{|| { pid: (bpf-tgid), comm: (bpf-comm), path: (bpf-arg 1 | bpf-read-user-str) } | bpf-emit }

## count-int | kprobe:ksys_read
{|| bpf-arg 0 | bpf-count }

## count-tgid-tracepoint | tracepoint:syscalls/sys_enter_getppid
{|| bpf-tgid | bpf-count }

## histogram-arg | kprobe:ksys_read
{|| bpf-arg 2 | bpf-histogram }

## start-timer-readme | kprobe:ksys_read
{|| bpf-start-timer }

## stop-timer-readme | kretprobe:ksys_read
{|| bpf-stop-timer | bpf-histogram }

## stop-timer-emit-tracepoint | tracepoint:syscalls/sys_exit_read
{|| bpf-stop-timer | bpf-emit }

## start-timer-tracepoint | tracepoint:syscalls/sys_enter_read
{|| bpf-filter-comm 'bash'; bpf-start-timer }

## filter-pid | kprobe:ksys_read
{|| bpf-filter-pid 1; bpf-tgid | bpf-emit }

## filter-comm-readme | kprobe:ksys_read
{||
    bpf-filter-comm 'nginx'
    bpf-tgid | bpf-emit
}

## filter-comm-long-name | kprobe:ksys_read
{|| bpf-filter-comm 'systemd-journal'; bpf-comm | bpf-count }

## raw-tracepoint | raw_tracepoint:sys_enter
{|| bpf-arg 1 | bpf-count }

## uprobe | uprobe:/bin/bash:readline
{|| bpf-arg 0 | bpf-emit }

## uretprobe | uretprobe:/bin/bash:readline
{|| bpf-retval | bpf-read-user-str }

## perf-scalar | kprobe:ksys_read | perf
{|| bpf-tgid | bpf-emit }

## perf-record | tracepoint:syscalls/sys_enter_openat | perf
{|| { pid: (bpf-tgid), path: (bpf-arg 1 | bpf-read-user-str) } | bpf-emit }

## let-scalar | kprobe:ksys_read
{|| let p = (bpf-tgid); $p | bpf-emit }

## let-arith | kprobe:ksys_read
{|| let x = (bpf-arg 0) + 1; $x * 2 | bpf-emit }

## mut-assign | kprobe:ksys_read
{|| mut n = 0; $n += (bpf-arg 0); $n = $n * 3; $n -= 1; $n | bpf-emit }

## negate | kprobe:ksys_read
{|| let x = (bpf-arg 0); 0 - $x - 5 | bpf-emit }

## floor-div | kprobe:ksys_read
{|| (bpf-arg 0) // 3 | bpf-emit }

## floor-mod | kprobe:ksys_read
{|| (bpf-arg 0) mod 7 | bpf-count }

## bit-and-or | kprobe:ksys_read
{|| (bpf-arg 0) bit-and 255 bit-or 256 | bpf-emit }

## shifts | kprobe:ksys_read
{|| (bpf-arg 0) bit-shl 2 bit-shr 1 | bpf-emit }

## bit-xor | kprobe:ksys_read
{|| (bpf-tgid) bit-xor (bpf-uid) | bpf-count }

## compare-bool-emit | kprobe:ksys_read
{|| (bpf-arg 2) > 4096 | bpf-emit }

## if-simple | kprobe:ksys_read
{|| if (bpf-arg 0) == 0 { bpf-tgid | bpf-emit } }

## if-else-value | kprobe:ksys_read
{|| let v = if (bpf-arg 0) > 10 { 1 } else { 2 }; $v | bpf-count }

## else-if-chain | tracepoint:syscalls/sys_enter_read
{||
    let fd = (bpf-arg 0)
    let kind = if $fd == 0 { 0 } else if $fd < 3 { 1 } else if $fd < 100 { 2 } else { 3 }
    $kind | bpf-count
}

## and-or | kprobe:ksys_read
{|| if (bpf-arg 0) > 1 and (bpf-arg 1) < 5 or (bpf-uid) == 0 { bpf-emit-comm } }

## not | kprobe:ksys_read
{|| if not ((bpf-arg 0) == 3) { bpf-tgid | bpf-count } }

## bool-let | kprobe:ksys_read
{|| let big = (bpf-arg 2) >= 4096; if $big { bpf-comm | bpf-count } }

## bool-value-and | kprobe:ksys_read
{|| let both = (bpf-arg 0) > 2 and (bpf-arg 2) > 0; $both | bpf-count }

## match-arms | kprobe:ksys_read
{||
    match (bpf-arg 0) {
        0 => { bpf-tgid | bpf-emit }
        1 => { bpf-uid | bpf-emit }
        _ => { bpf-ktime | bpf-emit }
    }
}

## match-value-ranges | kprobe:ksys_read
{|| let kind = match (bpf-arg 2) { 0 => 10, 1..512 => 20, 513..<4096 => 30, _ => 40 }; $kind | bpf-count }

## match-or-pattern | tracepoint:syscalls/sys_enter_read
{|| match (bpf-arg 0) { 0 | 1 | 2 => { bpf-comm | bpf-count }, _ => { } } }

## match-bind-guard | kprobe:ksys_read
{|| match (bpf-arg 2) { $n if $n > 100 => { $n | bpf-histogram }, _ => { 0 | bpf-histogram } } }

## for-range-sum | kprobe:do_sys_openat2
{|| mut s = 0; for i in 0..3 { $s += (bpf-arg $i) }; $s | bpf-emit }

## for-break | kprobe:ksys_read
{|| for i in 0..10 { if (bpf-arg 0) == $i { $i | bpf-count; break } } }

## for-continue | kprobe:ksys_read
{|| for i in 0..<4 { if $i == 2 { continue }; $i * (bpf-arg 0) | bpf-histogram } }

## for-list | kprobe:ksys_read
{|| for n in [1 2 4 8] { if (bpf-arg 0) == $n { $n | bpf-count } } }

## capture-pid | kprobe:ksys_read | captures: target=4242
{|| bpf-filter-pid $target; bpf-tgid | bpf-emit }

## capture-comm | kprobe:ksys_read | captures: name=nginx
{|| bpf-filter-comm $name; bpf-arg 2 | bpf-histogram }

## capture-bool | kprobe:ksys_read | captures: verbose=true limit=64
{|| if $verbose { bpf-arg 2 | bpf-emit } else if (bpf-arg 2) > $limit { bpf-emit-comm | ignore } }

## return-early | kprobe:ksys_read
{|| if (bpf-uid) != 0 { return }; bpf-comm | bpf-count }

## nested-subexpr | kprobe:ksys_read
{|| ((bpf-arg 0) + ((bpf-arg 1) * 2)) - ((bpf-arg 2) // 4) | bpf-emit }

## pipeline-in | kprobe:ksys_read
{|| bpf-arg 0 | $in + 1 | bpf-emit }

## large-constant | kprobe:ksys_read
{|| if (bpf-arg 1) == 0x100000000 { 123456789012 | bpf-emit } else { bpf-arg 1 | bpf-emit } }

## many-values-spill | kprobe:do_sys_openat2
{||
    let a = (bpf-arg 0)
    let b = (bpf-arg 1)
    let c = (bpf-arg 2)
    let d = (bpf-arg 3)
    let e = (bpf-arg 4)
    let f = (bpf-arg 5)
    let t = (bpf-ktime)
    { a: $a, b: $b, c: $c, d: $d, e: $e, f: $f, t: $t, sum: ($a + $b + $c + $d + $e + $f) } | bpf-emit
}

## record-all-kinds | tracepoint:syscalls/sys_enter_openat
{|| { fd: (bpf-arg 0), big: ((bpf-arg 2) > 0), who: (bpf-comm), path: (bpf-arg 1 | bpf-read-user-str) } | bpf-emit }

## two-emits-one-schema | kprobe:ksys_read
{|| if (bpf-arg 0) == 1 { { fd: 1, n: (bpf-arg 2) } | bpf-emit } else { { fd: (bpf-arg 0), n: 0 } | bpf-emit } }

## count-bool | kprobe:ksys_read
{|| (bpf-arg 0) > 0 | bpf-count }

## ignore | kprobe:ksys_read
{|| bpf-tgid | ignore }

## const | kprobe:ksys_read
{|| const K = 5; (bpf-arg 0) * $K | bpf-emit }

## latency-filtered | kretprobe:ksys_read
{|| bpf-filter-comm 'bash'; let ns = (bpf-stop-timer); if $ns > 1000 { $ns | bpf-histogram } }

## counts-and-histogram | tracepoint:syscalls/sys_exit_read
{|| let r = (bpf-retval); if $r >= 0 { $r | bpf-histogram; bpf-comm | bpf-count } }

## everything | kprobe:ksys_read
{||
    bpf-filter-comm 'bash'
    bpf-start-timer
    let fd = (bpf-arg 0)
    $fd | bpf-count
    bpf-arg 2 | bpf-histogram
    { fd: $fd, pid: (bpf-tgid), comm: (bpf-comm) } | bpf-emit
}

## three-strings-in-place | kprobe:do_sys_openat2
{|| { a: (bpf-arg 0 | bpf-read-str), b: (bpf-arg 1 | bpf-read-user-str), n: (bpf-arg 2), c: (bpf-arg 3 | bpf-read-str) } | bpf-emit }

## bound-string-copied | tracepoint:syscalls/sys_enter_openat
{|| let p = (bpf-arg 1 | bpf-read-user-str); { path: $p, fd: (bpf-arg 0) } | bpf-emit }

## count-strings | tracepoint:syscalls/sys_enter_openat
{|| bpf-arg 1 | bpf-read-user-str | bpf-count }

## string-compare | tracepoint:syscalls/sys_enter_openat
{|| let p = (bpf-arg 1 | bpf-read-user-str); if $p == '/etc/passwd' or $p starts-with '/etc/ssh/' { { pid: (bpf-tgid), path: $p } | bpf-emit } }

## spills-in-long-loop | kprobe:do_sys_openat2
{||
    for i in 0..60 {
        let a = (bpf-arg 0)
        let b = (bpf-arg 1)
        let c = (bpf-arg 2)
        let d = (bpf-ktime)
        let e = (bpf-uid)
        { s: ($a + $b + $c + $d + $e + $i) } | bpf-emit
    }
}
