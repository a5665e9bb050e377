package dev.nuebpf.ebpf.compile;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.load.LoadedObject;
import dev.nuebpf.ebpf.load.Loader;
import dev.nuebpf.ebpf.load.ObjectReader;
import dev.nuebpf.ebpf.probe.ProbeSpec;
import dev.nuebpf.ebpf.read.RingBufReader;
import dev.nuebpf.ebpf.sys.Native;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiled probes executed by the kernel: a raw tracepoint program is run with BPF_PROG_TEST_RUN (in this thread's
 * context, with chosen args), its ring buffer is read and decoded with the compile-time schema, and the events are
 * compared with what Nushell semantics say. Covers operators (floor division/modulo with negative numbers, shifts),
 * control flow, filters and records with in-place strings.
 */
class KernelSemanticsTest {
    record Case(String name, String closure, Object[] args, List<Record> expected) {}

    static Record v(Object x) { return Record.of("value", x instanceof Value val ? val : x instanceof String s ? Value.of(s) : Value.of(((Number) x).longValue())); }

    static Object[] a(Object... xs) { return xs; }

    static List<Case> cases() throws Exception {
        long pid = ProcessHandle.current().pid();
        List<Case> out = new ArrayList<>();
        long[][] pairs = {{-7, 2}, {7, -2}, {-7, -2}, {7, 2}, {6, 3}, {-6, 3}, {6, -3}, {0, 5}, {1, -1}, {-1, 1}, {Long.MAX_VALUE, -2}, {Long.MIN_VALUE + 1, 3}};
        for (long[] q : pairs)
            out.add(new Case("floor div/mod " + q[0] + " " + q[1], "{|| { q: ((bpf-arg 0) // (bpf-arg 1)), r: ((bpf-arg 0) mod (bpf-arg 1)) } | bpf-emit }",
                    a(q[0], q[1]), List.of(Record.of("q", Value.of(Math.floorDiv(q[0], q[1])), "r", Value.of(Math.floorMod(q[0], q[1]))))));
        List<Record> spillSums = new ArrayList<>();
        for (long i = 0; i <= 9; i++) spillSums.add(Record.of("v", Value.of((3 + i) + 5 * i + 7)));
        out.add(new Case("spill slots reused across an unrolled loop",
                "{|| for i in 0..9 { let a = (bpf-arg 0) + $i; let b = (bpf-arg 1) * $i; let c = (bpf-ktime); let d = (bpf-arg 2); let e = (bpf-uid); "
                        + "{ v: ($a + $b + $d + ($e * 0) + ($c - $c)) } | bpf-emit } }", a(3L, 5L, 7L), spillSums));
        out.addAll(List.of(
                new Case("arg passthrough", "{|| bpf-arg 0 | bpf-emit }", a(42L), List.of(v(42))),
                new Case("tgid is this process", "{|| bpf-tgid | bpf-emit }", a(), List.of(v(pid))),
                new Case("floor division", "{|| (bpf-arg 0) // (bpf-arg 1) | bpf-emit }", a(-7L, 2L), List.of(v(Math.floorDiv(-7, 2)))),
                new Case("floor division positive", "{|| (bpf-arg 0) // (bpf-arg 1) | bpf-emit }", a(7L, 2L), List.of(v(3))),
                new Case("floor modulo", "{|| (bpf-arg 0) mod (bpf-arg 1) | bpf-emit }", a(-7L, 2L), List.of(v(1))),
                new Case("floor modulo negative divisor", "{|| (bpf-arg 0) mod (bpf-arg 1) | bpf-emit }", a(7L, -2L), List.of(v(-1))),
                new Case("arithmetic shift right", "{|| (bpf-arg 0) bit-shr 1 | bpf-emit }", a(-8L), List.of(v(-4))),
                new Case("precedence", "{|| (bpf-arg 0) + (bpf-arg 1) * 3 - 1 | bpf-emit }", a(2L, 5L), List.of(v(16))),
                new Case("signed comparison", "{|| (bpf-arg 0) < 0 | bpf-emit }", a(-1L), List.of(v(Value.of(true)))),
                new Case("if else chain", "{|| let x = (bpf-arg 0); let k = if $x == 0 { 10 } else if $x < 5 { 20 } else { 30 }; $k | bpf-emit }", a(3L), List.of(v(20))),
                new Case("match ranges", "{|| match (bpf-arg 0) { 0 => 1, 1..9 => 2, _ => 3 } | bpf-emit }", a(9L), List.of(v(2))),
                new Case("match guard", "{|| match (bpf-arg 0) { $n if $n > 100 => { $n | bpf-emit }, _ => { 0 | bpf-emit } } }", a(150L), List.of(v(150))),
                new Case("for sum", "{|| mut s = 0; for i in 0..3 { $s += (bpf-arg $i) * ($i + 1) }; $s | bpf-emit }", a(1L, 2L, 3L, 4L), List.of(v(1 + 4 + 9 + 16))),
                new Case("for break", "{|| for i in 0..10 { if $i == (bpf-arg 0) { $i | bpf-emit; break } } }", a(4L), List.of(v(4))),
                new Case("filter pid keeps us", "{|| bpf-filter-pid " + pid + "; 1 | bpf-emit }", a(), List.of(v(1))),
                new Case("filter pid drops others", "{|| bpf-filter-pid 1; 1 | bpf-emit }", a(), List.of()),
                new Case("return ends early", "{|| if (bpf-arg 0) > 0 { return }; 7 | bpf-emit }", a(1L), List.of()),
                new Case("many values spill", "{|| let a = (bpf-arg 0); let b = (bpf-arg 1); let c = (bpf-arg 2); let d = (bpf-arg 3); let e = (bpf-arg 4); "
                        + "{ s: ($a + $b + $c + $d + $e), a: $a, e: $e } | bpf-emit }", a(1L, 2L, 3L, 4L, 5L),
                        List.of(Record.builder().put("s", Value.of(15)).put("a", Value.of(1)).put("e", Value.of(5)).build())),
                new Case("record with strings in place", "{|| { n: (bpf-arg 0), s: (bpf-arg 1 | bpf-read-user-str), t: (bpf-arg 2 | bpf-read-user-str), ok: ((bpf-arg 0) > 1) } | bpf-emit }",
                        a(5L, "/etc/hosts", "second"), List.of(Record.builder().put("n", Value.of(5)).put("s", Value.of("/etc/hosts"))
                                .put("t", Value.of("second")).put("ok", Value.of(true)).build())),
                new Case("string equals literal", "{|| let p = (bpf-arg 0 | bpf-read-user-str); { a: ($p == '/etc/hosts'), b: ($p != '/etc/host'), c: ($p == '/etc/hosts2'), d: ('/etc/hosts' == $p) } | bpf-emit }",
                        a("/etc/hosts"), List.of(Record.builder().put("a", Value.of(true)).put("b", Value.of(true)).put("c", Value.of(false)).put("d", Value.of(true)).build())),
                new Case("string starts-with", "{|| let p = (bpf-arg 0 | bpf-read-user-str); { a: ($p starts-with '/etc/'), b: ($p starts-with '/etc/hosts'), c: ($p starts-with '/usr'), d: ($p starts-with ''), e: ($p starts-with '/etc/hostsX') } | bpf-emit }",
                        a("/etc/hosts"), List.of(Record.builder().put("a", Value.of(true)).put("b", Value.of(true)).put("c", Value.of(false)).put("d", Value.of(true)).put("e", Value.of(false)).build())),
                new Case("string filter in if", "{|| if (bpf-arg 0 | bpf-read-user-str) starts-with '/proc' { 1 | bpf-emit } else { 2 | bpf-emit } }", a("/proc/self/stat"), List.of(v(1))),
                new Case("constant strings in events", "{|| if (bpf-arg 0) == 1 { { op: 'open', n: 1 } | bpf-emit } else { { op: 'close-and-more', n: 2 } | bpf-emit } }",
                        a(2L), List.of(Record.of("op", Value.of("close-and-more"), "n", Value.of(2)))),
                new Case("scalar constant string", "{|| 'hello' | bpf-emit }", a(), List.of(v("hello"))),
                new Case("in constant list", "{|| { a: ((bpf-arg 0) in [1 5 9]), b: ((bpf-arg 0) not-in [1 5 9]), c: ((bpf-arg 1) in [1 5 9]) } | bpf-emit }",
                        a(5L, 6L), List.of(Record.builder().put("a", Value.of(true)).put("b", Value.of(false)).put("c", Value.of(false)).build())),
                new Case("string result is emitted", "{|| bpf-arg 0 | bpf-read-user-str }", a("hello kernel"), List.of(v("hello kernel"))),
                new Case("comm field is the whole comm", "{|| { c: (bpf-comm) } | bpf-emit }", a(),
                        List.of(Record.of("c", Value.of(Files.readString(Path.of("/proc/thread-self/comm")).strip()))))));
        return out;
    }

    @TestFactory Stream<DynamicTest> kernelAgreesWithNushellSemantics() throws Exception {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            BpfTool.assumeKernelLoad();
            CompiledProbe p = ProbeCompiler.compile(ProbeSpec.parse("raw_tracepoint:sys_enter", Span.UNKNOWN).defaultTarget(), TestProbes.closure(c.closure()),
                    CompileOptions.DEFAULT.withEventsMap(MapType.RINGBUF));
            List<Record> got = new ArrayList<>();
            try (LoadedObject obj = Loader.load(ObjectReader.read(p.elf()))) {
                List<Memory> keep = new ArrayList<>();
                Memory ctx = new Memory(8 * 6);
                ctx.clear();
                for (int i = 0; i < c.args().length; i++) {
                    Object x = c.args()[i];
                    if (x instanceof String s) {
                        Memory m = new Memory(s.length() + 1);
                        m.setString(0, s, "UTF-8");
                        keep.add(m);
                        ctx.setLong(8L * i, Pointer.nativeValue(m));
                    } else ctx.setLong(8L * i, (Long) x);
                }
                testRun(obj.program().fd().get(), ctx, 48);
                if (p.map(MapRole.EVENTS) != null) {
                    try (RingBufReader r = new RingBufReader(obj.map("events"))) {
                        r.poll(0, bytes -> got.add(p.events().decode(bytes)));
                    }
                }
                java.lang.ref.Reference.reachabilityFence(keep); // the strings must outlive the test run
            }
            assertEquals(c.expected(), got, c.closure() + "\n" + p.disassembly());
        }));
    }

    @org.junit.jupiter.api.Test void stringsAreCountedByContentNotByWhatFollowsTheirNul() throws Exception {
        BpfTool.assumeKernelLoad();
        CompiledProbe p = ProbeCompiler.compile(ProbeSpec.parse("raw_tracepoint:sys_enter", Span.UNKNOWN).defaultTarget(),
                TestProbes.closure("{|| bpf-arg 0 | bpf-read-user-str | bpf-count }"));
        assertEquals(CounterKeyKind.STRING, p.counterKey());
        java.util.Map<Value, Long> counts = new java.util.HashMap<>();
        try (LoadedObject obj = Loader.load(ObjectReader.read(p.elf()))) {
            List<Memory> keep = new ArrayList<>();
            for (String s : new String[] {"abc", "abc", "xyz"}) {
                Memory m = new Memory(64);
                for (int i = 0; i < 64; i++) m.setByte(i, (byte) (0x41 + keep.size()));  // different garbage each time
                m.setString(0, s, "UTF-8");
                keep.add(m);
                Memory ctx = new Memory(48);
                ctx.clear();
                ctx.setLong(0, Pointer.nativeValue(m));
                testRun(obj.program().fd().get(), ctx, 48);
            }
            var map = obj.map("counters");
            for (byte[] k : map.keys())
                counts.put(p.counterKey().decode(k), java.nio.ByteBuffer.wrap(map.lookup(k)).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong());
            java.lang.ref.Reference.reachabilityFence(keep);
        }
        assertEquals(java.util.Map.of(Value.of("abc"), 2L, Value.of("xyz"), 1L), counts);
    }

    @org.junit.jupiter.api.Test void noWakeupFlagStillDeliversToAPollingReader() throws Exception {
        BpfTool.assumeKernelLoad();
        CompiledProbe p = ProbeCompiler.compile(ProbeSpec.parse("raw_tracepoint:sys_enter", Span.UNKNOWN).defaultTarget(),
                TestProbes.closure("{|| bpf-arg 0 | bpf-emit }"), CompileOptions.DEFAULT.withRingbufFlags(CompileOptions.RB_NO_WAKEUP));
        assertTrue(p.disassembly().contains("r4 = 1"), p.disassembly());
        List<Record> got = new ArrayList<>();
        try (LoadedObject obj = Loader.load(ObjectReader.read(p.elf()))) {
            Memory ctx = new Memory(48);
            ctx.clear();
            ctx.setLong(0, 99);
            testRun(obj.program().fd().get(), ctx, 48);
            try (RingBufReader r = new RingBufReader(obj.map("events"))) {
                r.poll(0, bytes -> got.add(p.events().decode(bytes)));
            }
        }
        assertEquals(List.of(v(99)), got);
    }

    private static void testRun(int progFd, Memory ctx, int size) {
        Memory attr = new Memory(80);
        attr.clear();
        attr.setInt(0, progFd);
        attr.setInt(40, size);
        attr.setLong(48, Pointer.nativeValue(ctx));
        Native.syscall("BPF_PROG_TEST_RUN", Native.isAarch64() ? 280 : 321, 10, Pointer.nativeValue(attr), 80, 0, 0);
    }
}
