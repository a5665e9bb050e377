# first-event.nu plus, on stderr, the in-shell latency: from the start of `ebpf attach` to the first event (what a
# user pressing enter in a running shell waits), without the JVM's start-up. Reading the clock costs this script
# the time-zone set-up (~10 ms), so the cold comparison with bpftrace uses first-event.nu.
let t0 = (date now)
let id = ebpf attach 'tracepoint:syscalls/sys_enter_getppid' {|| bpf-tgid | bpf-emit }
ebpf events $id --follow | first | ignore
print -e $"in-shell attach to first event: (((date now) - $t0) | into int) ns"
