package dev.nuebpf.ebpf.kernel;

/**
 * Stand-ins for compiled closures (clang-built, with the map roles our compiler uses), so the runtime —
 * launcher, shared timers, readers, counters, histogram — is tested exactly even before the compiler lands.
 */
final class RuntimeObjects {
    private RuntimeObjects() {}

    private static final String COMMON = """
            #include <linux/bpf.h>
            #include <bpf/bpf_helpers.h>
            char LICENSE[] SEC("license") = "GPL";
            struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 10240); __type(key, __u64); __type(value, __u64); } timers SEC(".maps");
            static __always_inline int is_workload(void) {
                char comm[16] = {};
                const char want[] = "nuwl_getppid";
                bpf_get_current_comm(comm, sizeof comm);
                #pragma unroll
                for (int i = 0; i < sizeof want; i++) if (comm[i] != want[i]) return 0;
                return 1;
            }
            """;

    /** Enter side: counts by comm, emits {pid, comm}, starts the timer. */
    static final String ENTER = COMMON + """
            struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1024); __type(key, char[16]); __type(value, __u64); } counters SEC(".maps");
            struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 20); } events SEC(".maps");
            struct ev { __u64 pid; char comm[16]; };
            SEC("tracepoint/syscalls/sys_enter_getppid")
            int enter(void *ctx) {
                if (!is_workload()) return 0;
                struct ev e = {};
                bpf_get_current_comm(e.comm, sizeof e.comm);
                __u64 one = 1, *v = bpf_map_lookup_elem(&counters, e.comm);
                if (v) __sync_fetch_and_add(v, 1); else bpf_map_update_elem(&counters, e.comm, &one, BPF_ANY);
                e.pid = bpf_get_current_pid_tgid() >> 32;
                bpf_ringbuf_output(&events, &e, sizeof e, 0);
                __u64 tid = (__u32) bpf_get_current_pid_tgid(), now = bpf_ktime_get_ns();
                bpf_map_update_elem(&timers, &tid, &now, BPF_ANY);
                return 0;
            }
            """;

    /** Exit side: stops the timer and adds the latency to a 64-bucket log2 histogram. */
    static final String EXIT = COMMON + """
            struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 64); __type(key, __u32); __type(value, __u64); } histogram SEC(".maps");
            static __always_inline __u32 log2b(__u64 v) {
                __u32 b = 0;
                if (v >= (1ULL << 32)) { v >>= 32; b += 32; }
                if (v >= (1ULL << 16)) { v >>= 16; b += 16; }
                if (v >= (1ULL << 8)) { v >>= 8; b += 8; }
                if (v >= 16) { v >>= 4; b += 4; }
                if (v >= 4) { v >>= 2; b += 2; }
                if (v >= 2) { v >>= 1; b += 1; }
                if (v >= 1) b += 1;
                return b > 63 ? 63 : b;
            }
            SEC("tracepoint/syscalls/sys_exit_getppid")
            int leave(void *ctx) {
                if (!is_workload()) return 0;
                __u64 tid = (__u32) bpf_get_current_pid_tgid();
                __u64 *start = bpf_map_lookup_elem(&timers, &tid);
                if (!start) return 0;
                __u64 d = bpf_ktime_get_ns() - *start;
                bpf_map_delete_elem(&timers, &tid);
                __u32 k = log2b(d);
                __u64 *c = bpf_map_lookup_elem(&histogram, &k);
                if (c) __sync_fetch_and_add(c, 1);
                return 0;
            }
            """;
}
