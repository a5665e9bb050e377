# overhead.sh candidate: enter->exit getppid latency histogram; prints `count: N` (sum of buckets) on Ctrl-C.
let wpid = ($env.WORKLOAD_PID | into int)
let enter = ebpf attach 'tracepoint:syscalls/sys_enter_getppid' {|| bpf-filter-pid $wpid; bpf-start-timer }
let exit = ebpf attach 'tracepoint:syscalls/sys_exit_getppid' {|| bpf-stop-timer | bpf-histogram }
touch $env.READY_FILE
try { sleep 1hr }
try { ignore }  # Ctrl-C ends the sleep; the pending interrupt is raised (and caught) here
print $"count: (ebpf histogram $exit | reduce -f 0 {|r, acc| $acc + $r.count })"
