package dev.nuebpf.ebpf.compile;

/** What a map is for, so the runtime knows which reader to use without looking at names. */
public enum MapRole {
    /** bpf-emit / bpf-emit-comm / implicit string emits: a ring buffer or perf event array. */
    EVENTS,
    /** bpf-count: hash from key (u64 or 16-byte comm, see {@link CounterKeyKind}) to u64 count. */
    COUNTERS,
    /** bpf-histogram: array of 64 u64 buckets, see {@code dev.nuebpf.ebpf.helpers.Log2Histogram}. */
    HISTOGRAM,
    /** bpf-start-timer / bpf-stop-timer: hash from thread id (u32 in a u64 key) to start ktime. */
    TIMERS,
    /** Events the kernel refused to write to the ring buffer (it was full): an array of one u64, counted in-kernel. */
    DROPS
}
