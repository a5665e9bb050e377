package dev.nuebpf.ebpf.sys;

import com.sun.jna.Memory;

/** perf_event_open(2) and the ioctls that enable an event and hang a BPF program on it. */
public final class PerfEvent {
    private PerfEvent() {}

    public static final long IOC_ENABLE = 0x2400, IOC_DISABLE = 0x2401, IOC_SET_BPF = 0x40042408L;
    private static final long FLAG_FD_CLOEXEC = 8;

    /** Opens an event for all processes ({@code pid} -1) on {@code cpu}, or for one pid on any CPU. */
    public static Fd open(PerfEventAttr attr, int pid, int cpu) {
        Memory m = Bpf.copy(attr.encode());
        try {
            return new Fd((int) Native.syscall("perf_event_open", Native.SYS_PERF_EVENT_OPEN,
                    Bpf.addr(m), pid, cpu, -1, FLAG_FD_CLOEXEC));
        } finally {
            java.lang.ref.Reference.reachabilityFence(m);
        }
    }

    public static void setBpf(Fd event, Fd prog) {
        Native.ioctl("PERF_EVENT_IOC_SET_BPF", event.get(), IOC_SET_BPF, prog.get());
    }

    public static void enable(Fd event) {
        Native.ioctl("PERF_EVENT_IOC_ENABLE", event.get(), IOC_ENABLE, 0);
    }

    public static void disable(Fd event) {
        Native.ioctl("PERF_EVENT_IOC_DISABLE", event.get(), IOC_DISABLE, 0);
    }
}
