package dev.nuebpf.ebpf.compile;

import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.probe.ProbeSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A comm that is only counted or emitted is read from the kernel once; a comm whose int is used is still read. */
class UnusedCommTest {
    @TempDir Path tmp;

    private static CompiledProbe compile(String closure) {
        return ProbeCompiler.compile(ProbeSpec.parse("tracepoint:syscalls/sys_enter_getppid", Span.UNKNOWN).defaultTarget(),
                TestProbes.closure(closure));
    }

    private static int commCalls(CompiledProbe p) {
        return p.disassembly().split("call bpf_get_current_comm#16", -1).length - 1;
    }

    @Test void countedCommIsReadOnceAndLoads() throws Exception {
        CompiledProbe p = compile("{|| bpf-filter-pid 1; bpf-comm | bpf-count }");
        assertEquals(1, commCalls(p), p.disassembly());
        Path f = tmp.resolve("count.elf");
        Files.write(f, p.elf());
        BpfTool.assumeKernelLoad();
        BpfTool.Result r = BpfTool.loadAll(f);
        assertEquals(0, r.exit(), r.output());
    }

    @Test void emittedCommIsReadOnce() {
        assertEquals(1, commCalls(compile("{|| {pid: (bpf-tgid), comm: (bpf-comm)} | bpf-emit }")));
    }

    @Test void usedCommIntIsKept() {
        CompiledProbe p = compile("{|| bpf-comm | bpf-histogram }");
        assertEquals(1, commCalls(p), p.disassembly());
        assertTrue(p.disassembly().contains("r10 -"), p.disassembly());
        CompiledProbe both = compile("{|| let c = (bpf-comm); $c | bpf-count; $c | bpf-histogram }");
        assertEquals(2, commCalls(both), both.disassembly());
    }
}
