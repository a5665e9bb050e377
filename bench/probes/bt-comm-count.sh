#!/usr/bin/env bash
# overhead.sh candidate: bpftrace's `@[comm] = count()` (what issue 7 compares `bpf-comm | bpf-count` with; the
# probe-bench's own bpftrace-count is `@c = count()`). Creates $READY_FILE once bpftrace reports its probes attached.
exec env __BPFTRACE_NOTIFY_PROBES_ATTACHED=1 bpftrace -e \
  "tracepoint:syscalls:sys_enter_getppid /pid == $WORKLOAD_PID/ { @[comm] = count(); }" \
  2> >(while read -r l; do case $l in *ATTACHED*) touch "$READY_FILE";; *) echo "$l" >&2;; esac; done)
