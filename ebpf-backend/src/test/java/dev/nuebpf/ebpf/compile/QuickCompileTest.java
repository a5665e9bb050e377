package dev.nuebpf.ebpf.compile;

import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.ebpf.probe.ProbeSpec;
import dev.nuebpf.diag.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The original README's dry-run example compiles to what it says and loads through the verifier. */
class QuickCompileTest {
    @TempDir Path tmp;

    @Test void readmeDryRunExampleLoads() throws Exception {
        CompiledProbe p = ProbeCompiler.compile(ProbeSpec.parse("kprobe:ksys_read", Span.UNKNOWN).defaultTarget(),
                TestProbes.closure("{|| bpf-tgid | bpf-emit }"));
        assertTrue(p.disassembly().contains("call bpf_get_current_pid_tgid#14"), p.disassembly());
        assertTrue(p.disassembly().contains("call bpf_ringbuf_output#130"), p.disassembly());
        Path f = tmp.resolve("probe.elf");
        Files.write(f, p.elf());
        BpfTool.assumeKernelLoad();
        BpfTool.Result r = BpfTool.loadAll(f);
        assertEquals(0, r.exit(), r.output());
    }
}
