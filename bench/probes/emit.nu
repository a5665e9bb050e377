# throughput.sh candidate: one line per event (`pid=P comm=C`) from `ebpf events --follow`.
let wpid = ($env.WORKLOAD_PID | into int)
let id = ebpf attach 'tracepoint:syscalls/sys_enter_getppid' {|| bpf-filter-pid $wpid; {pid: (bpf-tgid), comm: (bpf-comm)} | bpf-emit }
touch $env.READY_FILE
try { ebpf events $id --follow | each {|e| print $"pid=($e.pid) comm=($e.comm)" } | ignore }
try { ignore }
print -e $"lost: (ebpf list | where id == $id | get lost.0)"
