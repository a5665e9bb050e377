package dev.nuebpf.ebpf.sys;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A {@code struct perf_event_attr} (the 128-byte PERF_ATTR_SIZE_VER7 layout), built as plain bytes so that
 * the encoding of every attach type can be unit-tested without the kernel. {@code config1}/{@code config2}
 * carry pointers for the kprobe/uprobe PMUs (function name or path, then offset or address).
 */
public final class PerfEventAttr {
    public static final int SIZE = 128;
    public static final int TYPE_HARDWARE = 0, TYPE_SOFTWARE = 1, TYPE_TRACEPOINT = 2;
    public static final long SW_BPF_OUTPUT = 10;
    public static final long SAMPLE_RAW = 1L << 10;
    /** Bit positions in the flags word at offset 40. */
    public static final long FLAG_DISABLED = 1L, FLAG_WATERMARK = 1L << 14;

    public int type;
    public long config;
    public long samplePeriod;
    public long sampleType;
    public long flags;
    public int wakeupEvents;
    public long config1;
    public long config2;

    /** The bytes the kernel reads. */
    public byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.nativeOrder());
        b.putInt(0, type);
        b.putInt(4, SIZE);
        b.putLong(8, config);
        b.putLong(16, samplePeriod);
        b.putLong(24, sampleType);
        b.putLong(40, flags);
        b.putInt(48, wakeupEvents);
        b.putLong(56, config1);
        b.putLong(64, config2);
        return b.array();
    }

    /** A tracepoint event (also legacy kprobe/uprobe events, which are tracepoints once created). */
    public static PerfEventAttr tracepoint(long id) {
        PerfEventAttr a = new PerfEventAttr();
        a.type = TYPE_TRACEPOINT;
        a.config = id;
        a.samplePeriod = 1;
        a.wakeupEvents = 1;
        return a;
    }

    /**
     * A kprobe/uprobe through its dynamic PMU: {@code pmuType} from {@code /sys/bus/event_source/devices/<pmu>/type},
     * {@code retBit} the config bit named by {@code format/retprobe} (or -1 for an entry probe),
     * {@code namePtr} the address of the function name (kprobe) or binary path (uprobe), {@code offset}
     * the offset within the function or file.
     */
    public static PerfEventAttr probePmu(int pmuType, int retBit, long namePtr, long offset) {
        PerfEventAttr a = new PerfEventAttr();
        a.type = pmuType;
        a.config = retBit >= 0 ? 1L << retBit : 0;
        a.samplePeriod = 1;
        a.wakeupEvents = 1;
        a.config1 = namePtr;
        a.config2 = offset;
        return a;
    }

    /** The per-CPU software event a BPF perf event array writes into. */
    public static PerfEventAttr bpfOutput(int wakeupEvents) {
        PerfEventAttr a = new PerfEventAttr();
        a.type = TYPE_SOFTWARE;
        a.config = SW_BPF_OUTPUT;
        a.samplePeriod = 1;
        a.sampleType = SAMPLE_RAW;
        a.wakeupEvents = wakeupEvents;
        return a;
    }
}
