package dev.nuebpf.ebpf.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.compile.CompiledProbe;
import dev.nuebpf.ebpf.compile.CounterKeyKind;
import dev.nuebpf.ebpf.compile.EventSchema;
import dev.nuebpf.ebpf.compile.FieldKind;
import dev.nuebpf.ebpf.compile.MapRole;
import dev.nuebpf.ebpf.compile.MapSpec;
import dev.nuebpf.ebpf.compile.MapType;
import dev.nuebpf.ebpf.link.AttachPlan;
import dev.nuebpf.ebpf.link.Attacher;
import dev.nuebpf.ebpf.probe.ProbeSpec;
import dev.nuebpf.ebpf.runtime.Probe;
import dev.nuebpf.ebpf.runtime.ProbeLauncher;
import dev.nuebpf.ebpf.runtime.ProbeRegistry;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime (launcher, registry, readers, counters, histogram, shared timers, syscall fallback) with exact counts. */
class RuntimeKernelTest {
    static final int N = 3000;
    static final String SYS = dev.nuebpf.ebpf.sys.Native.isAarch64() ? "kprobe:__arm64_sys_" : "kprobe:__x64_sys_";
    static final String RETSYS = "kret" + SYS.substring(1);
    @TempDir static Path dir;
    static Path workload;
    static byte[] enterElf, exitElf;

    @BeforeAll static void setUp() throws Exception {
        KernelTestSupport.requireRoot();
        workload = KernelTestSupport.gccStatic(dir, "nuwl_getppid", KernelTestSupport.GETPPID_WORKLOAD);
        enterElf = KernelTestSupport.clangBpf(dir, "enter", RuntimeObjects.ENTER);
        exitElf = KernelTestSupport.clangBpf(dir, "exit", RuntimeObjects.EXIT);
    }

    static CompiledProbe enterProbe(AttachPlan plan) {
        EventSchema schema = new EventSchema(List.of(new EventSchema.Field("pid", FieldKind.INT, 0, 8),
                new EventSchema.Field("comm", FieldKind.COMM, 8, 16)), false, 24);
        return new CompiledProbe(enterElf, plan.target(), "enter", List.of(
                new MapSpec("timers", MapType.HASH, 8, 8, 10240, MapRole.TIMERS),
                new MapSpec("counters", MapType.HASH, 16, 8, 1024, MapRole.COUNTERS),
                new MapSpec("events", MapType.RINGBUF, 0, 0, 1 << 20, MapRole.EVENTS)),
                schema, CounterKeyKind.COMM, "", 0, List.of());
    }

    static CompiledProbe exitProbe(AttachPlan plan) {
        return new CompiledProbe(exitElf, plan.target(), "leave", List.of(
                new MapSpec("timers", MapType.HASH, 8, 8, 10240, MapRole.TIMERS),
                new MapSpec("histogram", MapType.ARRAY, 4, 8, 64, MapRole.HISTOGRAM)),
                null, null, "", 0, List.of());
    }

    static AttachPlan plan(String spec) {
        return Attacher.plan(ProbeSpec.parse(spec, Span.UNKNOWN));
    }

    void timerPair(String enterSpec, String exitSpec) throws Exception {
        ProbeRegistry reg = new ProbeRegistry();
        try {
            Probe enter = ProbeLauncher.launch(reg, plan(enterSpec), enterProbe(plan(enterSpec)));
            Probe exit = ProbeLauncher.launch(reg, plan(exitSpec), exitProbe(plan(exitSpec)));
            long pid = KernelTestSupport.runWorkload(workload, N);

            List<Probe.Counter> counters = enter.counters();
            assertEquals(List.of(new Probe.Counter(Value.of("nuwl_getppid"), N)), counters, "counter keyed by comm as a string");
            List<Record> evs = enter.drainEvents();
            assertEquals(N, evs.size());
            for (Record r : evs) {
                assertEquals(Value.of(pid), r.get("pid"));
                assertEquals(Value.of("nuwl_getppid"), r.get("comm"));
            }
            assertEquals(0, enter.drainEvents().size(), "events are drained");
            assertEquals(N, enter.eventsReceived());
            assertEquals(0, enter.eventsLost());
            assertEquals(N, Arrays.stream(exit.histogram()).sum(), "one latency per call in the histogram");
            assertEquals(0, exit.histogram()[0], "latencies are never 0 ns");
        } finally {
            reg.detachAll();
        }
        assertTrue(reg.all().isEmpty());
    }

    @Test void tracepointTimerPairCountsExactly() throws Exception {
        timerPair("tracepoint:syscalls/sys_enter_getppid", "tracepoint:syscalls/sys_exit_getppid");
    }

    @Test void kprobeFallbackTimerPairCountsExactly() throws Exception {
        KernelTestSupport.need(!dev.nuebpf.ebpf.link.KprobeSupport.available(), "this kernel has kprobes: no fallback to test");
        AttachPlan p = plan(SYS + "getppid");
        assertTrue(p.isFallback());
        assertEquals(List.of("syscalls/sys_enter_getppid"), p.tracepoints());
        assertTrue(p.notice().contains("CONFIG_KPROBES"), p.notice());
        timerPair(SYS + "getppid", RETSYS + "getppid");
    }
}
