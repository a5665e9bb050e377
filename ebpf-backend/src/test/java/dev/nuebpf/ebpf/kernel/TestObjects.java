package dev.nuebpf.ebpf.kernel;

/** BPF C sources the kernel tests compile with clang at run time (libbpf style: .maps + BTF). */
final class TestObjects {
    private TestObjects() {}

    static final String MAPS = """
            #include <linux/bpf.h>
            #include <bpf/bpf_helpers.h>
            char LICENSE[] SEC("license") = "GPL";
            struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1024); __type(key, char[16]); __type(value, __u64); } counts SEC(".maps");
            struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 20); } events SEC(".maps");
            struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); } pevents SEC(".maps");
            /* only the test's workload: other processes on the machine must not fill the buffers */
            static __always_inline void count_and_emit(void *ctx) {
                char comm[16] = {};
                const char want[] = "nuwl_getppid";
                bpf_get_current_comm(comm, sizeof comm);
                #pragma unroll
                for (int i = 0; i < sizeof want; i++) if (comm[i] != want[i]) return;
                __u64 one = 1, *v = bpf_map_lookup_elem(&counts, comm);
                if (v) __sync_fetch_and_add(v, 1);
                else if (bpf_map_update_elem(&counts, comm, &one, BPF_NOEXIST)) {
                    v = bpf_map_lookup_elem(&counts, comm);
                    if (v) __sync_fetch_and_add(v, 1);
                }
                __u64 tgid = bpf_get_current_pid_tgid() >> 32;
                bpf_ringbuf_output(&events, &tgid, sizeof tgid, 0);
                bpf_perf_event_output(ctx, &pevents, BPF_F_CURRENT_CPU, &tgid, sizeof tgid);
            }
            """;

    /** Counts per comm and emits the tgid (ring buffer and perf buffer) on each getppid. */
    static final String GETPPID_TP = MAPS + """
            SEC("tracepoint/syscalls/sys_enter_getppid")
            int on_getppid(void *ctx) { count_and_emit(ctx); return 0; }
            """;

    /** The same through a raw tracepoint on sys_enter, filtered on the syscall number (args[1]). */
    static final String GETPPID_RAW_TP = MAPS + """
            SEC("raw_tracepoint/sys_enter")
            int on_sys_enter(struct bpf_raw_tracepoint_args *ctx) {
                if (ctx->args[1] != NR_GETPPID) return 0;
                count_and_emit(ctx);
                return 0;
            }
            """;

    /** A uprobe program: counts calls of the workload's function. */
    static final String UPROBE = MAPS + """
            SEC("uprobe/nu_work_once")
            int on_work(void *ctx) { count_and_emit(ctx); return 0; }
            """;

    /** Reads past the end of a map value: the verifier must refuse it. */
    static final String BAD = """
            #include <linux/bpf.h>
            #include <bpf/bpf_helpers.h>
            char LICENSE[] SEC("license") = "GPL";
            struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1); __type(key, __u32); __type(value, __u64); } arr SEC(".maps");
            SEC("tracepoint/syscalls/sys_enter_getppid")
            int bad(void *ctx) {
                __u32 k = 0;
                __u64 *v = bpf_map_lookup_elem(&arr, &k);
                return *v; /* no null check: rejected */
            }
            """;
}
