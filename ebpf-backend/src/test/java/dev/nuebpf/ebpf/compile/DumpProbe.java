package dev.nuebpf.ebpf.compile;

import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.probe.ProbeSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Manual tool: -Ddump.spec=... -Ddump.src=... -Ddump.out=file writes an object (skips when not asked). */
class DumpProbe {
    @Test void dump() throws Exception {
        String spec = System.getProperty("dump.spec");
        org.junit.jupiter.api.Assumptions.assumeTrue(spec != null, "manual tool");
        CompiledProbe p = ProbeCompiler.compile(ProbeSpec.parse(spec, Span.UNKNOWN).defaultTarget(), TestProbes.closure(System.getProperty("dump.src")));
        Files.write(Path.of(System.getProperty("dump.out")), p.elf());
        System.out.println(p.disassembly());
    }
}
