package dev.nuebpf.ebpf.compile;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.jna.Memory;
import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.helpers.Log2Histogram;
import dev.nuebpf.ebpf.probe.ProbeSpec;
import dev.nuebpf.ebpf.sys.Bpf;
import dev.nuebpf.ebpf.sys.Fd;
import dev.nuebpf.ebpf.sys.Native;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel program's histogram buckets equal {@link Log2Histogram}'s (the interpreter's and the labels'): a raw
 * tracepoint program {@code bpf-arg 0 | bpf-histogram} is run with BPF_PROG_TEST_RUN on chosen values, then the
 * histogram map is read back.
 */
class HistogramKernelTest {
    @TempDir Path tmp;

    static final long[] VALUES = {0, 1, 2, 3, 4, 7, 8, 511, 512, 1023, 1024, 1025, 65535, 65536, (1L << 32) - 1, 1L << 32,
            (1L << 32) + 1, 123456789012L, (1L << 62) - 1, 1L << 62, Long.MAX_VALUE, Long.MIN_VALUE, -1, -1000};

    @Test void kernelBucketsMatchTheSharedDefinition() throws Exception {
        BpfTool.assumeKernelLoad();
        CompiledProbe p = ProbeCompiler.compile(ProbeSpec.parse("raw_tracepoint:sys_enter", Span.UNKNOWN).defaultTarget(),
                TestProbes.closure("{|| bpf-arg 0 | bpf-histogram }"));
        Path elf = tmp.resolve("hist.elf");
        Files.write(elf, p.elf());
        String tag = "nuebpf-hist-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        Path progs = Path.of("/sys/fs/bpf", tag), maps = Path.of("/sys/fs/bpf", tag + "-maps");
        Files.createDirectories(maps);
        try {
            BpfTool.Result r = BpfTool.run(BpfTool.bpftool(), "prog", "loadall", elf.toString(), progs.toString(), "pinmaps", maps.toString());
            assertEquals(0, r.exit(), r.output());
            long[] expected = new long[64];
            try (Fd prog = objGet(progs.resolve("nu_probe"))) {
                for (long v : VALUES) {
                    testRun(prog, v);
                    expected[Log2Histogram.bucket(v)]++;
                }
            }
            try (Fd map = objGet(maps.resolve("histogram"))) {
                Memory key = new Memory(4), value = new Memory(8);
                for (int b = 0; b < 64; b++) {
                    key.setInt(0, b);
                    assertTrue(Bpf.mapLookup(map, key, value));
                    assertEquals(expected[b], value.getLong(0), "bucket " + b);
                }
            }
        } finally {
            BpfTool.run("rm", "-rf", progs.toString(), maps.toString());
        }
    }

    private static long bpfNr() { return Native.isAarch64() ? 280 : 321; }

    /** BPF_OBJ_GET (7) of a pinned object. */
    private static Fd objGet(Path pinned) {
        byte[] path = (pinned + "\0").getBytes(StandardCharsets.UTF_8);
        Memory name = new Memory(path.length);
        name.write(0, path, 0, path.length);
        Memory attr = new Memory(16);
        attr.clear();
        attr.setLong(0, com.sun.jna.Pointer.nativeValue(name));
        return new Fd((int) Native.syscall("BPF_OBJ_GET", bpfNr(), 7, com.sun.jna.Pointer.nativeValue(attr), 16, 0, 0));
    }

    /** BPF_PROG_TEST_RUN (10) with a raw tracepoint context whose args[0] is {@code v} (raw_tp takes no repeat). */
    private static void testRun(Fd prog, long v) {
        Memory ctx = new Memory(16);
        ctx.setLong(0, v);
        ctx.setLong(8, 0);
        Memory attr = new Memory(80);
        attr.clear();
        attr.setInt(0, prog.get());
        attr.setInt(40, 16);
        attr.setLong(48, com.sun.jna.Pointer.nativeValue(ctx));
        Native.syscall("BPF_PROG_TEST_RUN", bpfNr(), 10, com.sun.jna.Pointer.nativeValue(attr), 80, 0, 0);
    }
}
