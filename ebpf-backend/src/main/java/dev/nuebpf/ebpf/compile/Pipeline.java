package dev.nuebpf.ebpf.compile;

import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.asm.Assembler;
import dev.nuebpf.ebpf.asm.Disassembler;
import dev.nuebpf.ebpf.asm.Insn;
import dev.nuebpf.ebpf.helpers.HelperRegistry;
import dev.nuebpf.ebpf.probe.ProgramTarget;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.List;

/** The passes in order: check+lower ({@link Lowerer}) → {@link RegAlloc} → {@link Assembler} → {@link ObjectWriter}. */
final class Pipeline {
    private Pipeline() {}

    /** What lowering learned besides the code; {@code implicitEmit}: the closure's value is a string that is emitted. */
    record Checked(LoweringContext cx, boolean implicitEmit) {}

    static Checked lower(ProgramTarget target, Value.ClosureV closure, CompileOptions options) {
        LoweringContext cx = new LoweringContext(target, options);
        Lowerer l = new Lowerer(cx, HelperRegistry::lowering, closure.captures());
        Val result = l.closure(closure.ast());
        boolean implicit = result instanceof Val.Str;
        if (implicit) Events.emit(cx, result, closure.ast().body().span());
        return new Checked(cx, implicit);
    }

    static CompiledProbe run(ProgramTarget target, Value.ClosureV closure, CompileOptions options) {
        Checked c = lower(target, closure, options);
        LoweringContext cx = c.cx();
        Span whole = closure.ast().span();
        RegAlloc.Result ra = RegAlloc.run(UnusedComm.strip(cx.code()), cx.vregCount(), cx.stackUsed(), whole);
        Assembler.Program p = Assembler.assemble(DeadCode.strip(ra.items()));
        List<LineInfo> lines = lineInfo(p, whole);
        String source = whole == null || whole.isUnknown() ? "closure.nu" : whole.source().name();
        byte[] elf = ObjectWriter.write(target.sectionName(), options.programName(), p, cx.maps(), lines, source);
        return new CompiledProbe(elf, target, options.programName(), cx.maps(), cx.schema().schema(), cx.counterKey(),
                disassembly(target, p, lines), p.insns().size(), lines);
    }

    /** One entry whenever the source position changes, always one for the first instruction; indexed by slot as the kernel counts. */
    static List<LineInfo> lineInfo(Assembler.Program p, Span fallback) {
        List<LineInfo> out = new ArrayList<>();
        int lastLine = -1, lastCol = -1;
        for (int k = 0; k < p.insns().size(); k++) {
            Span s = p.insns().get(k).span();
            if (s == null || s.isUnknown()) s = fallback;
            if (s == null || s.isUnknown()) {
                if (k == 0) out.add(new LineInfo(0, 1, 1, null));
                continue;
            }
            int line = s.source().lineOf(s.start()), col = s.source().columnOf(s.start());
            if (line != lastLine || col != lastCol) {
                out.add(new LineInfo(p.slots()[k], line, col, s));
                lastLine = line;
                lastCol = col;
            }
        }
        return out;
    }

    /** The listing {@code --disasm} shows: each source line once, then the instructions it became. */
    static String disassembly(ProgramTarget target, Assembler.Program p, List<LineInfo> lines) {
        StringBuilder sb = new StringBuilder();
        sb.append("; section ").append(target.sectionName()).append(" (").append(target.progType().name().toLowerCase())
                .append(" program, context: ").append(target.layout()).append(")\n");
        int li = 0;
        int lastLine = -1;
        for (int k = 0; k < p.insns().size(); k++) {
            while (li < lines.size() && lines.get(li).insn() <= p.slots()[k]) {
                LineInfo l = lines.get(li++);
                if (l.span() != null && l.line() != lastLine) {
                    sb.append("; ").append(l.line()).append(": ").append(lineText(l.span())).append('\n');
                    lastLine = l.line();
                }
            }
            Insn in = p.insns().get(k);
            // no String.format: its first use costs ~15 ms in a fresh JVM, and every attach builds this listing
            String slot = Integer.toString(p.slots()[k]);
            sb.repeat(' ', Math.max(0, 4 - slot.length())).append(slot).append(": ").append(Disassembler.text(in)).append('\n');
        }
        return sb.toString();
    }

    private static String lineText(Span s) {
        String t = s.source().text();
        int st = Math.min(s.start(), t.length());
        int a = t.lastIndexOf('\n', st - 1) + 1, b = t.indexOf('\n', st);
        return t.substring(a, b < 0 ? t.length() : b).strip();
    }
}
