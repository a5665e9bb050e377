package dev.nuebpf.ebpf.helpers;

import dev.nuebpf.ebpf.compile.Lowering;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The single instance of every bpf-* helper: the interpreter registers these commands, the compiler lowers them. */
public final class HelperRegistry {
    private static final List<BpfHelper> ALL = List.of(
            new TgidHelper(), new PidHelper(), new UidHelper(), new KtimeHelper(), new CommHelper(),
            new ArgHelper(), new RetvalHelper(), new EmitHelper(), new EmitCommHelper(),
            new ReadStrHelper(false), new ReadStrHelper(true), new CountHelper(), new HistogramHelper(),
            new StartTimerHelper(), new StopTimerHelper(), new FilterPidHelper(), new FilterCommHelper());
    private static final Map<String, BpfHelper> BY_NAME = new LinkedHashMap<>();

    static {
        for (BpfHelper h : ALL) BY_NAME.put(h.name(), h);
    }

    private HelperRegistry() {}

    public static List<BpfHelper> all() { return ALL; }

    /** The lowering of a command, or null if it has none (it then cannot run in the kernel). */
    public static Lowering lowering(String name) { return BY_NAME.get(name); }
}
