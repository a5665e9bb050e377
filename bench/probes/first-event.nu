# attach-latency.sh candidate: attach, wait for the first event (any getppid caller), exit 0.
# Also prints to stderr the in-shell latency: from the start of `ebpf attach` to the first event (what a user
# pressing enter in a running shell waits), without the JVM's start-up.
let t0 = (date now)
let id = ebpf attach 'tracepoint:syscalls/sys_enter_getppid' {|| bpf-tgid | bpf-emit }
ebpf events $id --follow | first | ignore
print -e $"in-shell attach to first event: (((date now) - $t0) | into int) ns"
