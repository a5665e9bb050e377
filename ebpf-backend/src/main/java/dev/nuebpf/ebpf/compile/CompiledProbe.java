package dev.nuebpf.ebpf.compile;

import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.probe.ProgType;
import dev.nuebpf.ebpf.probe.ProgramTarget;
import java.util.List;

/**
 * The result of compiling one closure: the ELF object (exactly what {@code ebpf attach --dry-run} returns and what
 * the loader loads), plus what user space needs to read the program's output: its maps by role, the event schema
 * (null if it never emits), the counter key kind (null if it never counts), a disassembly and line info.
 */
public record CompiledProbe(byte[] elf, ProgramTarget target, String programName, List<MapSpec> maps,
                            EventSchema events, CounterKeyKind counterKey, String disassembly,
                            int instructionCount, List<LineInfo> lines) {

    public CompiledProbe {
        maps = List.copyOf(maps);
        lines = List.copyOf(lines);
    }

    public String sectionName() { return target.sectionName(); }

    public ProgType progType() { return target.progType(); }

    /** The map with this role, or null. */
    public MapSpec map(MapRole role) {
        for (MapSpec m : maps) if (m.role() == role) return m;
        return null;
    }

    /** The closure source of the instruction at slot {@code insn} (as the verifier log numbers it), or null. */
    public Span spanOf(int insn) {
        LineInfo best = null;
        for (LineInfo l : lines) if (l.insn() <= insn && (best == null || l.insn() >= best.insn())) best = l;
        return best == null ? null : best.span();
    }
}
