package dev.nuebpf.ebpf.compile;

import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.asm.Assembler;
import dev.nuebpf.ebpf.asm.HelperFunc;
import dev.nuebpf.ebpf.asm.Insn;
import dev.nuebpf.ebpf.asm.Op;
import dev.nuebpf.ebpf.probe.ProgramTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Register allocation: values live across helper calls stay in r6–r9 or the stack, and spilled map pointers still verify. */
class RegAllocTest {
    @TempDir Path tmp;
    static final Span S = Span.UNKNOWN;

    /** Many values live across calls plus a map-value pointer with the longest live range (so it is the one spilled). */
    static LoweringContext pressure() {
        LoweringContext cx = new LoweringContext(ProgramTarget.rawTracepoint("sys_enter"), CompileOptions.DEFAULT);
        String map = cx.map(MapRole.HISTOGRAM, S);
        int key = cx.stackAlloc(8, S);
        cx.emit(new Ir.StoreStackImm(key, 3, 8, S));
        int p = cx.call(HelperFunc.MAP_LOOKUP_ELEM, S, new Ir.MapArg(map), new Ir.StackArg(key));
        int[] v = new int[6];
        for (int i = 0; i < v.length; i++) {
            v[i] = cx.vreg();
            cx.emit(new Ir.LoadCtx(v[i], 8 * (i % 6), S));
        }
        cx.call(HelperFunc.KTIME_GET_NS, S);
        int sum = cx.vreg();
        cx.emit(new Ir.Const(sum, 0, S));
        for (int x : v) cx.emit(new Ir.Alu(Op.ADD, sum, sum, x, false, S));
        cx.emit(new Ir.BranchImm(Op.JEQ, p, 0, "out", S));
        cx.emit(new Ir.AtomicAdd(p, 0, sum, S));
        cx.emit(new Ir.Label("out", S));
        return cx;
    }

    @Test void callsNeverSeeValuesInClobberedRegisters() {
        LoweringContext cx = pressure();
        RegAlloc.Result r = RegAlloc.run(cx.code(), cx.vregCount(), cx.stackUsed(), S);
        assertTrue(r.stackUsed() > cx.stackUsed(), "seven values across a call need spills with three registers");
        // between a call and the next write of r1-r5, no instruction reads r1-r5 (they hold garbage after a call)
        boolean[] valid = new boolean[11];
        valid[1] = true; // the context, on entry
        for (Insn.Item it : r.items()) {
            if (!(it instanceof Insn.Ins ins)) { java.util.Arrays.fill(valid, 1, 6, false); continue; }
            Insn in = ins.insn();
            int cls = Op.cls(in.opcode());
            if (cls == Op.JMP && Op.aluOp(in.opcode()) == Op.CALL) { java.util.Arrays.fill(valid, 1, 6, false); continue; }
            for (int reg : reads(in)) if (reg >= 1 && reg <= 5) assertTrue(valid[reg], "reads r" + reg + " after a call: " + dev.nuebpf.ebpf.asm.Disassembler.text(in));
            int w = writes(in);
            if (w >= 0) valid[w] = true;
        }
    }

    @Test void spilledPointerPassesTheVerifier() throws Exception {
        LoweringContext cx = pressure();
        RegAlloc.Result r = RegAlloc.run(cx.code(), cx.vregCount(), cx.stackUsed(), S);
        Assembler.Program p = Assembler.assemble(DeadCode.strip(r.items()));
        assertTrue(dev.nuebpf.ebpf.asm.Disassembler.disassemble(p).contains("*(u64 *)(r10 -"), "something was spilled");
        byte[] elf = ObjectWriter.write("raw_tracepoint/sys_enter", "nu_probe", p, cx.maps(), List.of(new LineInfo(0, 1, 1, null)), "t.nu");
        Path f = tmp.resolve("p.elf");
        Files.write(f, elf);
        BpfTool.assumeKernelLoad();
        BpfTool.Result res = BpfTool.loadAll(f);
        assertEquals(0, res.exit(), res.output() + "\n" + dev.nuebpf.ebpf.asm.Disassembler.disassemble(p));
    }

    private static int[] reads(Insn in) {
        int cls = Op.cls(in.opcode());
        return switch (cls) {
            case Op.ALU64, Op.ALU -> Op.aluOp(in.opcode()) == Op.MOV ? (Op.source(in.opcode()) == Op.X ? new int[] {in.src()} : new int[0])
                    : Op.source(in.opcode()) == Op.X ? new int[] {in.dst(), in.src()} : new int[] {in.dst()};
            case Op.LDX -> new int[] {in.src()};
            case Op.STX -> new int[] {in.dst(), in.src()};
            case Op.ST -> new int[] {in.dst()};
            case Op.JMP -> in.isJump() ? (Op.source(in.opcode()) == Op.X ? new int[] {in.dst(), in.src()} : new int[] {in.dst()}) : new int[0];
            default -> new int[0];
        };
    }

    private static int writes(Insn in) {
        int cls = Op.cls(in.opcode());
        return cls == Op.ALU64 || cls == Op.ALU || cls == Op.LDX || cls == Op.LD ? in.dst() : -1;
    }

}
