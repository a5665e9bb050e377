package dev.nuebpf.ebpf.simulate;

import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.ebpf.compile.ProbeCompiler;
import dev.nuebpf.ebpf.compile.TestProbes;
import dev.nuebpf.ebpf.helpers.HelperCall;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ebpf simulate}: checks the closure compiles, runs it once per context, returns events/counters/histogram. */
class SimulateCommandTest {
    final HelperCall.TestEngine engine = new HelperCall.TestEngine();

    SimulateCommandTest() { engine.closures = new MiniEvaluator(); }

    Record simulate(String probe, String closure, Value contexts) {
        HelperCall c = HelperCall.of(new SimulateCommand(), engine).pos(Value.of(probe), TestProbes.closure(closure));
        if (contexts != null) c.flag("context", contexts);
        return (Record) c.run(null);
    }

    static Value ctx(Record... rs) { return new Value.ListV(List.of(rs)); }

    static Record r(Object... kv) {
        Record.Builder b = Record.builder();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            b.put((String) kv[i], v instanceof Value val ? val : v instanceof String s ? Value.of(s) : Value.of(((Number) v).longValue()));
        }
        return b.build();
    }

    @Test void issueExampleCountsOnlyNginx() {
        Record out = simulate("kprobe:ksys_read", "{|| bpf-filter-comm 'nginx'; bpf-comm | bpf-count }",
                ctx(r("comm", "nginx", "pid", 7, "args", new Value.ListV(List.of(Value.of(3), Value.of(0), Value.of(100)))), r("comm", "bash", "pid", 8)));
        assertEquals(new Value.ListV(List.of()), out.get("events"));
        assertEquals(new Value.ListV(List.of(r("key", "nginx", "count", 1))), out.get("counters"));
        assertEquals(new Value.ListV(List.of()), out.get("histogram"));
    }

    @Test void structuredEventsShowCommAsString() {
        Record out = simulate("kprobe:do_sys_openat2", "{|| { pid: (bpf-tgid), comm: (bpf-comm) } | bpf-emit }",
                ctx(r("pid", 5, "comm", "bash"), r("pid", 6, "comm", "systemd-journal")));
        assertEquals(new Value.ListV(List.of(r("pid", 5, "comm", "bash"), r("pid", 6, "comm", "systemd-journal"))), out.get("events"));
    }

    @Test void timerPairAndHistogramUseKernelBuckets() {
        Record out = simulate("kprobe:ksys_read", "{|| if (bpf-arg 0) == 0 { bpf-start-timer } else { bpf-stop-timer | bpf-histogram } }",
                ctx(r("args", new Value.ListV(List.of(Value.of(0))), "ktime", 1000), r("args", new Value.ListV(List.of(Value.of(1))), "ktime", 1700),
                        r("args", new Value.ListV(List.of(Value.of(1))), "ktime", 1800)));
        assertEquals(new Value.ListV(List.of(r("bucket", 10, "range", "512 - 1K", "count", 1))), out.get("histogram"),
                "700ns lands in [512, 1024); the third record has no start and ends early");
    }

    @Test void aStringResultIsEmitted() {
        Record out = simulate("tracepoint:syscalls/sys_enter_openat", "{|| bpf-arg 1 | bpf-read-user-str }",
                ctx(r("args", new Value.ListV(List.of(Value.of(0), Value.of("/etc/hosts"))))));
        assertEquals(new Value.ListV(List.of(r("value", "/etc/hosts"))), out.get("events"));
    }

    @Test void noContextRunsOnceWithDefaults() {
        Record out = simulate("kprobe:ksys_read", "{|| bpf-tgid | bpf-emit }", null);
        assertEquals(new Value.ListV(List.of(r("value", 1))), out.get("events"));
    }

    @Test void rejectsWhatCannotCompileBeforeRunning() {
        ShellException e = assertThrows(ShellException.class, () -> simulate("kprobe:ksys_read", "{|| bpf-retval | bpf-emit }", ctx(r("retval", 1))));
        assertEquals(ProbeCompiler.UNSUPPORTED, e.diagnostic().code());
        assertEquals("nu::ebpf::invalid_probe", assertThrows(ShellException.class, () -> simulate("bogus", "{|| bpf-tgid | bpf-emit }", null)).diagnostic().code());
        assertEquals("nu::shell::incorrect_value",
                assertThrows(ShellException.class, () -> simulate("kprobe:ksys_read", "{|| bpf-tgid | bpf-emit }", ctx(r("nope", 1)))).diagnostic().code());
    }

    @Test void stateIsFreshPerSimulationAndTheBaseSessionIsRestored() {
        ProbeState st = ProbeState.of(engine);
        ProbeState.Session base = st.current();
        simulate("kprobe:ksys_read", "{|| bpf-tgid | bpf-count }", ctx(r("pid", 1)));
        Record out = simulate("kprobe:ksys_read", "{|| bpf-tgid | bpf-count }", ctx(r("pid", 2)));
        assertEquals(new Value.ListV(List.of(r("key", 2, "count", 1))), out.get("counters"));
        assertSame(base, st.current());
        assertTrue(base.counters().isEmpty());
    }
}
