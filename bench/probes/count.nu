# overhead.sh candidate: count the workload's getppid calls per comm; prints `count: N` on Ctrl-C.
# env: WORKLOAD_PID (set by probe-bench), READY_FILE (created once the probe is attached)
let wpid = ($env.WORKLOAD_PID | into int)
let id = ebpf attach 'tracepoint:syscalls/sys_enter_getppid' {|| bpf-filter-pid $wpid; bpf-comm | bpf-count }
touch $env.READY_FILE
try { sleep 1hr }
try { ignore }  # Ctrl-C ends the sleep; the pending interrupt is raised (and caught) here
print $"count: (ebpf counters $id | reduce -f 0 {|r, acc| $acc + $r.count })"
