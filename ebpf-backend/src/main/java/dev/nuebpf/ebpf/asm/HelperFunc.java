package dev.nuebpf.ebpf.asm;

/** The kernel helper functions we call, with their numbers from {@code enum bpf_func_id} (include/uapi/linux/bpf.h). */
public enum HelperFunc {
    MAP_LOOKUP_ELEM(1), MAP_UPDATE_ELEM(2), MAP_DELETE_ELEM(3), PROBE_READ(4), KTIME_GET_NS(5),
    GET_CURRENT_PID_TGID(14), GET_CURRENT_UID_GID(15), GET_CURRENT_COMM(16), PERF_EVENT_OUTPUT(25),
    PROBE_READ_STR(45), PROBE_READ_USER(112), PROBE_READ_KERNEL(113), PROBE_READ_USER_STR(114),
    PROBE_READ_KERNEL_STR(115), RINGBUF_OUTPUT(130);

    public final int id;

    HelperFunc(int id) { this.id = id; }

    /** The kernel's name, as bpftool prints it. */
    public String kernelName() { return "bpf_" + name().toLowerCase(); }

    public static HelperFunc byId(int id) {
        for (HelperFunc f : values()) if (f.id == id) return f;
        return null;
    }
}
