package dev.nuebpf.ebpf.compile;

import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.asm.HelperFunc;
import dev.nuebpf.ebpf.asm.Op;
import dev.nuebpf.ebpf.probe.ProbeSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Instructions map back to the closure lines they came from, in CompiledProbe and in the kernel (.BTF.ext). */
class LineInfoTest {
    @TempDir Path tmp;

    static final String SRC = "{||\n    bpf-filter-comm 'bash'\n    let t = (bpf-ktime)\n    $t | bpf-emit\n}";

    CompiledProbe compile() {
        return ProbeCompiler.compile(ProbeSpec.parse("kprobe:ksys_read", Span.UNKNOWN).defaultTarget(), TestProbes.closure(SRC));
    }

    @Test void helperCallsMapToTheirLines() {
        CompiledProbe p = compile();
        var insns = dev.nuebpf.ebpf.asm.Assembler.decode(new dev.nuebpf.ebpf.elf.ElfReader(p.elf()).section("kprobe/ksys_read").data());
        int slot = 0;
        boolean sawComm = false, sawKtime = false, sawOutput = false;
        for (var in : insns) {
            if (in.opcode() == (Op.JMP | Op.CALL)) {
                Span s = p.spanOf(slot);
                int line = s.source().lineOf(s.start());
                if (in.imm() == HelperFunc.GET_CURRENT_COMM.id) { assertEquals(2, line); sawComm = true; }
                if (in.imm() == HelperFunc.KTIME_GET_NS.id) { assertEquals(3, line); sawKtime = true; }
                if (in.imm() == HelperFunc.RINGBUF_OUTPUT.id) { assertEquals(4, line); sawOutput = true; }
            }
            slot += in.isWide() ? 2 : 1;
        }
        assertTrue(sawComm && sawKtime && sawOutput, p.disassembly());
        assertTrue(p.disassembly().contains("; 3: let t = (bpf-ktime)"), p.disassembly());
        // after a two-slot map load, slots and instruction indexes differ: line info follows the slots
        for (LineInfo l : p.lines()) assertTrue(l.insn() < new dev.nuebpf.ebpf.elf.ElfReader(p.elf()).section(p.sectionName()).data().length / 8);
    }

    /** With a perf event array: a ring buffer emit also counts refused writes through an array lookup, which the kernel inlines. */
    CompiledProbe compileNoInlinedHelpers() {
        return ProbeCompiler.compile(ProbeSpec.parse("kprobe:ksys_read", Span.UNKNOWN).defaultTarget(), TestProbes.closure(SRC),
                CompileOptions.DEFAULT.withEventsMap(MapType.PERF_EVENT_ARRAY));
    }

    @Test void theKernelAcceptsAndShowsTheLineInfo() throws Exception {
        BpfTool.assumeKernelLoad();
        Path elf = tmp.resolve("lines.elf");
        Files.write(elf, compileNoInlinedHelpers().elf());
        Path pin = Path.of("/sys/fs/bpf", "nuebpf-lines-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            BpfTool.Result r = BpfTool.run(BpfTool.bpftool(), "prog", "loadall", elf.toString(), pin.toString());
            assertEquals(0, r.exit(), r.output());
            BpfTool.Result d = BpfTool.run(BpfTool.bpftool(), "prog", "dump", "xlated", "pinned", pin.resolve("nu_probe").toString(), "linum");
            assertEquals(0, d.exit(), d.output());
            assertTrue(d.output().contains("bpf-filter-comm 'bash'"), d.output());
            assertTrue(d.output().contains("let t = (bpf-ktime)"), d.output());
            assertTrue(d.output().contains("line_num:4"), d.output());
            // the kernel numbers instructions by slot; spanOf uses the same numbering (what verifier errors quote).
            // (This closure has no helper the kernel inlines, so the xlated numbering equals the loaded one.)
            CompiledProbe p = compileNoInlinedHelpers();
            int line = -1, checked = 0;
            for (String l : d.output().split("\n")) {
                var m = java.util.regex.Pattern.compile("line_num:(\\d+)").matcher(l);
                if (m.find()) { line = Integer.parseInt(m.group(1)); continue; }
                var insn = java.util.regex.Pattern.compile("^\\s*(\\d+): \\(").matcher(l);
                if (insn.find() && line > 0) {
                    Span sp = p.spanOf(Integer.parseInt(insn.group(1)));
                    assertEquals(line, sp.source().lineOf(sp.start()), l);
                    checked++;
                }
            }
            assertTrue(checked > 10, d.output());
        } finally {
            BpfTool.run("rm", "-rf", pin.toString());
        }
    }
}
