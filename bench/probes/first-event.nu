# attach-latency.sh candidate: attach, wait for the first event (any getppid caller), exit 0 — what bpftrace's
# `tracepoint:syscalls:sys_enter_getppid { exit(); }` does. first-event-timed.nu also reports the in-shell time.
let id = ebpf attach 'tracepoint:syscalls/sys_enter_getppid' {|| bpf-tgid | bpf-emit }
ebpf events $id --follow | first | ignore
