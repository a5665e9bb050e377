package dev.nuebpf.ebpf.runtime;

import dev.nuebpf.ebpf.sys.Bpf;
import dev.nuebpf.ebpf.sys.Fd;
import dev.nuebpf.ebpf.sys.Native;
import dev.nuebpf.ebpf.sys.SysException;

/** Kernel capabilities decided by trying them once (never by kernel version), memoized. */
public final class KernelFeatures {
    private KernelFeatures() {}

    private static volatile Boolean ringbuf;

    /** BPF_MAP_TYPE_RINGBUF (5.8+): otherwise events go through a perf event array. */
    public static boolean ringbuf() {
        Boolean r = ringbuf;
        if (r != null) return r;
        try (Fd fd = Bpf.mapCreate(new Bpf.MapAttr(Bpf.MAP_RINGBUF, 0, 0, Native.pageSize(), 0, "probe_rb", 0, 0, 0))) {
            r = fd.isOpen();
        } catch (SysException e) {
            r = false;
        }
        return ringbuf = r;
    }
}
