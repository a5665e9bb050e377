package dev.nuebpf.ebpf.simulate;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.compile.CompiledProbe;
import dev.nuebpf.ebpf.compile.ProbeCompiler;
import dev.nuebpf.ebpf.compile.TestProbes;
import dev.nuebpf.ebpf.helpers.Log2Histogram;
import dev.nuebpf.ebpf.load.LoadedObject;
import dev.nuebpf.ebpf.load.Loader;
import dev.nuebpf.ebpf.load.ObjectReader;
import dev.nuebpf.ebpf.probe.ProbeSpec;
import dev.nuebpf.ebpf.sys.Native;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The same values through {@code ebpf simulate} and through the compiled program in the kernel give the same
 * histogram table and the same counters (the kernel part runs with BPF_PROG_TEST_RUN, as root).
 */
class SimulateKernelParityTest {
    static final long[] VALUES = {0, 1, 1, 2, 3, 700, 1000, 1024, 65536, 1L << 40, -3, Long.MAX_VALUE};

    @Test void histogramAndCountersAgree() {
        boolean ok = "root".equals(System.getProperty("user.name")) && Files.isDirectory(Path.of("/sys/fs/bpf"));
        if (!ok && "1".equals(System.getenv("NUEBPF_REQUIRE_KERNEL"))) throw new AssertionError("required but missing: root");
        Assumptions.assumeTrue(ok, "needs root and bpffs");
        String closure = "{|| let v = (bpf-arg 0); $v | bpf-histogram; if $v > 1000 { 1 | bpf-count } else { 0 | bpf-count } }";

        StringBuilder contexts = new StringBuilder("[");
        for (long v : VALUES) contexts.append("{args: [").append(v).append("]} ");
        Record simulated;
        try (dev.nuebpf.truffle.Shell shell = dev.nuebpf.truffle.Shell.create(dev.nuebpf.truffle.ShellOptions.defaults()
                .withStdin(java.io.InputStream.nullInputStream()))) {
            // the real interpreter runs the closure (let, if, helpers' run)
            dev.nuebpf.truffle.EvalResult r = shell.evalIsolated("ebpf simulate 'raw_tracepoint:sys_enter' " + closure + " --context " + contexts + "]");
            assertTrue(r.ok(), () -> String.valueOf(r.error()));
            simulated = (Record) r.value();
        }

        CompiledProbe p = ProbeCompiler.compile(ProbeSpec.parse("raw_tracepoint:sys_enter", Span.UNKNOWN).defaultTarget(), TestProbes.closure(closure));
        List<Value> hist = new ArrayList<>();
        List<Value> counters = new ArrayList<>();
        try (LoadedObject obj = Loader.load(ObjectReader.read(p.elf()))) {
            Memory ctx = new Memory(48);
            for (long v : VALUES) {
                ctx.clear();
                ctx.setLong(0, v);
                Memory attr = new Memory(80);
                attr.clear();
                attr.setInt(0, obj.program().fd().get());
                attr.setInt(40, 48);
                attr.setLong(48, Pointer.nativeValue(ctx));
                Native.syscall("BPF_PROG_TEST_RUN", Native.isAarch64() ? 280 : 321, 10, Pointer.nativeValue(attr), 80, 0, 0);
            }
            for (int b = 0; b < 64; b++) {
                byte[] key = java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(b).array();
                long n = java.nio.ByteBuffer.wrap(obj.map("histogram").lookup(key)).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
                if (n > 0) hist.add(Record.builder().put("bucket", Value.of(b)).put("range", Value.of(Log2Histogram.rangeLabel(b, false))).put("count", Value.of(n)).build());
            }
            // counters in the order the simulation first saw them (0 first: VALUES starts small)
            for (long k : new long[] {0, 1}) {
                byte[] key = java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(k).array();
                byte[] val = obj.map("counters").lookup(key);
                if (val != null) counters.add(Record.of("key", p.counterKey().decode(key), "count",
                        Value.of(java.nio.ByteBuffer.wrap(val).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong())));
            }
        }
        assertEquals(simulated.get("histogram"), new Value.ListV(hist));
        assertEquals(simulated.get("counters"), new Value.ListV(counters));
        assertFalse(hist.isEmpty());
    }
}
