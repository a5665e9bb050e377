package dev.nuebpf.ebpf.helpers;

import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.ebpf.simulate.ProbeState;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Interpreter semantics of every bpf-* helper, live (this JVM) and against mock contexts; no root needed. */
class HelperSemanticsTest {
    final HelperCall.TestEngine engine = new HelperCall.TestEngine();

    static Command helper(String name) {
        for (Command c : HelperRegistry.all()) if (c.name().equals(name)) return c;
        throw new AssertionError(name);
    }

    Value run(String name, Value input, Value... args) { return HelperCall.of(helper(name), engine).pos(args).run(input); }

    ProbeState.Session mock(String record) {
        return mock(parse(record));
    }

    ProbeState.Session mock(Record r) {
        return ProbeState.of(engine).push(MockContext.of(r, 0));
    }

    /** Tiny record syntax for tests: "comm=bash pid=7 args=3,0,100". */
    static Record parse(String s) {
        Record.Builder b = Record.builder();
        for (String kv : s.split(" ")) {
            if (kv.isEmpty()) continue;
            String k = kv.split("=")[0], v = kv.split("=")[1];
            if (k.equals("args")) {
                List<Value> items = new java.util.ArrayList<>();
                for (String a : v.split(",")) items.add(a.matches("-?\\d+") ? Value.of(Long.parseLong(a)) : Value.of(a));
                b.put(k, new Value.ListV(items));
            } else b.put(k, v.matches("-?\\d+") ? Value.of(Long.parseLong(v)) : Value.of(v));
        }
        return b.build();
    }

    @Test void liveTgidPidUidCommKtimeDescribeThisProcessAndThread() throws Exception {
        long tgid = ProcessHandle.current().pid();
        assertEquals(Value.of(tgid), run("bpf-tgid", null));
        long pid = ((Value.Int) run("bpf-pid", null)).value();
        assertEquals(tgid, pid >>> 32);
        String tid = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
        assertEquals(Long.parseLong(tid), pid & 0xffffffffL, "lower half is this thread's id");
        String status = Files.readString(Path.of("/proc/self/status"));
        String uid = status.lines().filter(l -> l.startsWith("Uid:")).findFirst().orElseThrow().substring(4).trim().split("\\s+")[0];
        assertEquals(Value.of(Long.parseLong(uid)), run("bpf-uid", null));
        String comm = Files.readString(Path.of("/proc/thread-self/comm")).strip();
        assertEquals(Value.of(BpfHelper.commInt(comm)), run("bpf-comm", null));
        long before = System.nanoTime();
        long k = ((Value.Int) run("bpf-ktime", null)).value();
        long after = System.nanoTime();
        assertTrue(before <= k && k <= after, "bpf-ktime reads CLOCK_MONOTONIC, the clock of System.nanoTime on Linux: " + before + " " + k + " " + after);
    }

    @Test void commIntIsTheFirstEightBytesLittleEndian() {
        assertEquals(0x68736162L, BpfHelper.commInt("bash"));
        assertEquals(0x6d65747379732d78L, BpfHelper.commInt("x-systemd-journal"), "only the first 8 bytes");
    }

    @Test void liveUserStringReadsThisProcessesMemory() {
        com.sun.jna.Memory m = new com.sun.jna.Memory(16);
        m.setString(0, "hello", "UTF-8");
        assertEquals(Value.of("hello"), run("bpf-read-user-str", Value.of(com.sun.jna.Pointer.nativeValue(m))));
        ShellException e = assertThrows(ShellException.class, () -> run("bpf-read-str", Value.of(com.sun.jna.Pointer.nativeValue(m))));
        assertTrue(e.diagnostic().labels().get(0).text().contains("kernel memory"));
    }

    @Test void liveArgsAndRetvalDoNotExist() {
        assertEquals("nu::ebpf::helper", assertThrows(ShellException.class, () -> run("bpf-arg", null, Value.of(0))).diagnostic().code());
        assertEquals("nu::ebpf::helper", assertThrows(ShellException.class, () -> run("bpf-retval", null)).diagnostic().code());
    }

    @Test void mockContextFeedsEveryReader() {
        mock(parse("comm=nginx pid=7 tid=9 uid=33 ktime=5000 args=3,/etc/hosts,100 retval=-2"));
        assertEquals(Value.of(7), run("bpf-tgid", null));
        assertEquals(Value.of(7L << 32 | 9), run("bpf-pid", null));
        assertEquals(Value.of(33), run("bpf-uid", null));
        assertEquals(Value.of(5000), run("bpf-ktime", null));
        assertEquals(Value.of(BpfHelper.commInt("nginx")), run("bpf-comm", null));
        assertEquals(Value.of(3), run("bpf-arg", null, Value.of(0)));
        assertEquals(Value.of(100), run("bpf-arg", null, Value.of(2)));
        assertEquals(Value.of(-2), run("bpf-retval", null));
        Value ptr = run("bpf-arg", null, Value.of(1));
        assertEquals(Value.of("/etc/hosts"), run("bpf-read-user-str", ptr));
        assertEquals(Value.of("/etc/hosts"), run("bpf-read-str", ptr));
    }

    @Test void emitsCountsAndHistogramGoToTheSession() {
        ProbeState.Session s = mock("comm=bash pid=7");
        run("bpf-emit", Value.of(7));
        run("bpf-emit", Record.of("a", Value.of(1)));
        run("bpf-emit-comm", null);
        assertEquals(List.of(Record.of("value", Value.of(7)), Record.of("a", Value.of(1)), Record.of("value", Value.of("bash"))), s.events());
        run("bpf-count", Value.of(3));
        run("bpf-count", Value.of(3));
        run("bpf-count", Value.of(true));
        assertEquals(Map.of(Value.of(3), 2L, Value.of(1), 1L), s.counters());
        for (long v : new long[] {0, 1, 700, 1000, -5}) run("bpf-histogram", Value.of(v));
        long[] h = s.histogramCounts();
        assertEquals(1, h[0]);
        assertEquals(1, h[1]);
        assertEquals(2, h[10]);
        assertEquals(1, h[63]);
        assertThrows(ShellException.class, () -> run("bpf-emit", null));
    }

    @Test void commKeysAndFieldsReadAsStringsOnceTheCompilerSaysSo() {
        ProbeState.Session s = mock("comm=systemd-journal");
        s.hints(new dev.nuebpf.ebpf.compile.EventSchema(List.of(new dev.nuebpf.ebpf.compile.EventSchema.Field("who", dev.nuebpf.ebpf.compile.FieldKind.COMM, 0, 16)), false, 16),
                dev.nuebpf.ebpf.compile.CounterKeyKind.COMM);
        Value comm = run("bpf-comm", null);
        run("bpf-count", comm);
        run("bpf-emit", Record.of("who", comm));
        assertEquals(Map.of(Value.of("systemd-journal"), 1L), s.counters());
        assertEquals(List.of(Record.of("who", Value.of("systemd-journal"))), s.events());
    }

    @Test void timersKeyByThreadAndStopWithoutStartEndsTheProbe() {
        ProbeState state = ProbeState.of(engine);
        ProbeState.Session s = mock("tid=5 ktime=1000");
        ShellException e = assertThrows(ShellException.class, () -> run("bpf-stop-timer", null));
        assertTrue(ProbeState.isEndProbe(e));
        run("bpf-start-timer", null);
        s.context(MockContext.of(parse("tid=6 ktime=1500"), 0));
        assertTrue(ProbeState.isEndProbe(assertThrows(ShellException.class, () -> run("bpf-stop-timer", null))), "another thread has no start");
        s.context(MockContext.of(parse("tid=5 ktime=4000"), 0));
        assertEquals(Value.of(3000), run("bpf-stop-timer", null));
        assertTrue(ProbeState.isEndProbe(assertThrows(ShellException.class, () -> run("bpf-stop-timer", null))), "the start was consumed");
        state.pop(s);
    }

    @Test void filtersEndTheProbeUnlessTheyMatch() {
        mock("comm=nginx pid=7");
        assertEquals(Value.NOTHING, run("bpf-filter-pid", null, Value.of(7)));
        assertTrue(ProbeState.isEndProbe(assertThrows(ShellException.class, () -> run("bpf-filter-pid", null, Value.of(8)))));
        assertEquals(Value.NOTHING, run("bpf-filter-comm", null, Value.of("nginx")));
        assertTrue(ProbeState.isEndProbe(assertThrows(ShellException.class, () -> run("bpf-filter-comm", null, Value.of("ngin")))));
    }

    @Test void mockContextDefaultsAndErrors() {
        MockContext c = MockContext.of(Record.EMPTY, 2000);
        assertEquals(1, c.tgid());
        assertEquals(1L << 32 | 1, c.pidTgid());
        assertEquals(3000, c.ktime(), "the clock advances 1us per record by default");
        assertEquals("simulated", c.comm());
        assertNull(c.arg(0));
        assertNull(c.retval());
        assertThrows(IllegalArgumentException.class, () -> MockContext.of(Record.of("bogus", Value.of(1)), 0));
        assertThrows(IllegalArgumentException.class, () -> MockContext.of(Record.of("pid", Value.of("x")), 0));
    }

    @Test void everyHelperIsRegisteredOnceWithSignatureAndExamples() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (BpfHelper h : HelperRegistry.all()) {
            assertTrue(names.add(h.name()), "duplicate " + h.name());
            assertTrue(h.name().startsWith("bpf-"));
            assertFalse(h.signature().description().isEmpty(), h.name());
            assertFalse(h.signature().ioTypes().isEmpty(), h.name());
            assertFalse(h.examples().isEmpty(), h.name());
            assertSame(h, HelperRegistry.lowering(h.name()), "the compiler lowers the same instance the interpreter runs");
        }
        assertEquals(17, names.size());
        assertTrue(new HelperCommands().commands().stream().anyMatch(c -> c.name().equals("ebpf simulate")));
    }
}
