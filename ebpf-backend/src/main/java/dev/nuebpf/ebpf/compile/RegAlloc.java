package dev.nuebpf.ebpf.compile;

import static dev.nuebpf.ebpf.asm.Reg.*;

import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.asm.Asm;
import dev.nuebpf.ebpf.asm.Insn;
import dev.nuebpf.ebpf.asm.Op;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Linear-scan register allocation from IR to instructions. Helper calls clobber r0–r5, so virtual registers live
 * only in the callee-saved r7–r9 (r6 holds the context for the whole program); those that do not fit are spilled
 * to 8-byte stack slots below the lowering's buffers. r0–r5 are scratch inside the expansion of one IR operation
 * (operands are loaded into them, call arguments are placed in r1–r5). Control flow is forward-only, so a live
 * range is the interval from a register's first to its last mention.
 */
final class RegAlloc {
    static final int[] ALLOCATABLE = {R7, R8, R9};
    private static final int DEAD = -3;

    private final List<Ir> code;
    private final int[] phys;   // vreg -> physical register, or -1 if spilled
    private final int[] slot;   // vreg -> frame offset of its spill slot
    private final List<Insn.Item> out = new ArrayList<>();
    private int stackUsed;

    private RegAlloc(List<Ir> code, int vregs, int stackUsed) {
        this.code = code;
        this.phys = new int[vregs];
        this.slot = new int[vregs];
        this.stackUsed = stackUsed;
        Arrays.fill(phys, -2);
    }

    /** Allocates and expands; {@code stackUsed} is what lowering already reserved. Returns the instruction list. */
    static Result run(List<Ir> code, int vregs, int stackUsed, Span programSpan) {
        RegAlloc a = new RegAlloc(code, vregs, stackUsed);
        a.allocate();
        a.out.add(new Insn.Ins(Asm.mov(R6, R1).withSpan(programSpan)));
        for (Ir ir : code) a.expand(ir);
        a.emit(Asm.movImm(R0, 0), programSpan);
        a.emit(Asm.exit(), programSpan);
        return new Result(a.out, a.stackUsed);
    }

    record Result(List<Insn.Item> items, int stackUsed) {}

    private void allocate() {
        int n = phys.length;
        int[] start = new int[n], end = new int[n];
        Span[] firstSpan = new Span[n];
        Arrays.fill(start, -1);
        for (int pos = 0; pos < code.size(); pos++) {
            for (int v : mentions(code.get(pos))) {
                if (start[v] < 0) {
                    start[v] = pos;
                    firstSpan[v] = code.get(pos).span();
                }
                end[v] = pos;
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> Integer.compare(start[x], start[y]));
        List<Integer> active = new ArrayList<>();
        boolean[] free = new boolean[16];
        for (int r : ALLOCATABLE) free[r] = true;
        for (int v : order) {
            if (start[v] < 0) continue;
            // a helper result nobody reads needs no register
            if (start[v] == end[v] && code.get(start[v]) instanceof Ir.Call c && c.dst() == v) {
                phys[v] = DEAD;
                continue;
            }
            // expire intervals that ended strictly before this one starts
            for (int k = active.size() - 1; k >= 0; k--) {
                int w = active.get(k);
                if (end[w] < start[v]) {
                    free[phys[w]] = true;
                    active.remove(k);
                }
            }
            int reg = -1;
            for (int r : ALLOCATABLE) if (free[r]) { reg = r; break; }
            if (reg >= 0) {
                free[reg] = false;
                phys[v] = reg;
                active.add(v);
                continue;
            }
            // spill whichever of the active intervals and this one ends last
            int victim = v;
            for (int w : active) if (end[w] > end[victim]) victim = w;
            if (victim != v) {
                phys[v] = phys[victim];
                active.remove(Integer.valueOf(victim));
                active.add(v);
            }
            phys[victim] = -1;
            slot[victim] = spillSlot(start[victim], end[victim], firstSpan[victim]);
        }
    }

    /** Spill slots in use: frame offset and the last position of the value occupying it. */
    private final List<int[]> spillSlots = new ArrayList<>();

    /** A slot free over [from, to]: one whose last occupant died before {@code from}, else a new one. */
    private int spillSlot(int from, int to, Span span) {
        for (int[] s : spillSlots) {
            if (s[1] < from) {
                s[1] = to;
                return s[0];
            }
        }
        stackUsed += 8;
        if (stackUsed > LoweringContext.STACK_LIMIT) throw Diagnostics.stackOverflow(span, stackUsed);
        spillSlots.add(new int[] {-stackUsed, to});
        return -stackUsed;
    }

    private static int[] mentions(Ir ir) {
        return switch (ir) {
            case Ir.Const c -> new int[] {c.dst()};
            case Ir.Mov m -> new int[] {m.dst(), m.src()};
            case Ir.Alu a -> new int[] {a.dst(), a.a(), a.b()};
            case Ir.AluImm a -> new int[] {a.dst(), a.a()};
            case Ir.LoadCtx l -> new int[] {l.dst()};
            case Ir.LoadStack l -> new int[] {l.dst()};
            case Ir.StoreStack s -> new int[] {s.src()};
            case Ir.LoadPtr l -> new int[] {l.dst(), l.ptr()};
            case Ir.AtomicAdd a -> new int[] {a.ptr(), a.src()};
            case Ir.Call c -> {
                List<Integer> vs = new ArrayList<>();
                for (Ir.Arg arg : c.args()) if (arg instanceof Ir.VregArg va) vs.add(va.vreg());
                if (c.dst() >= 0) vs.add(c.dst());
                yield vs.stream().mapToInt(Integer::intValue).toArray();
            }
            case Ir.Branch b -> new int[] {b.a(), b.b()};
            case Ir.BranchImm b -> new int[] {b.a()};
            default -> new int[0];
        };
    }

    private void emit(Insn in, Span span) { out.add(new Insn.Ins(in.withSpan(span))); }

    /** The register holding {@code v}, loading it into {@code scratch} if it is spilled. */
    private int use(int v, int scratch, Span span) {
        if (phys[v] >= 0) return phys[v];
        if (phys[v] == -2) throw new IllegalStateException("v" + v + " used but never allocated");
        emit(Asm.ldx(Op.DW, scratch, FP, slot[v]), span);
        return scratch;
    }

    private int target(int v, int scratch) { return phys[v] >= 0 ? phys[v] : scratch; }

    private void store(int v, int reg, Span span) {
        if (phys[v] < 0) emit(Asm.stx(Op.DW, FP, slot[v], reg), span);
    }

    private void loadConst(int reg, long value, Span span) {
        if (value == (int) value) emit(Asm.movImm(reg, (int) value), span);
        else emit(Asm.ldImm64(reg, value), span);
    }

    private void expand(Ir ir) {
        Span s = ir.span();
        switch (ir) {
            case Ir.Const c -> {
                int d = target(c.dst(), R1);
                loadConst(d, c.value(), s);
                store(c.dst(), d, s);
            }
            case Ir.Mov m -> {
                int src = use(m.src(), R1, s);
                int d = target(m.dst(), R1);
                if (d != src) emit(Asm.mov(d, src), s);
                store(m.dst(), d, s);
            }
            case Ir.Alu a -> {
                int x = use(a.a(), R1, s), y = use(a.b(), R2, s);
                int d = target(a.dst(), R3);
                // dst = a op dst: compute in a scratch register so moving a into dst does not clobber the operand
                int w = d == y && d != x ? R3 : d;
                if (w != x) emit(Asm.mov(w, x), s);
                emit(a.signed() ? Asm.sdiv(a.op(), w, y) : Asm.alu(a.op(), w, y), s);
                if (w != d) emit(Asm.mov(d, w), s);
                store(a.dst(), d, s);
            }
            case Ir.AluImm a -> {
                int x = use(a.a(), R1, s);
                int d = target(a.dst(), R3);
                if (d != x) emit(Asm.mov(d, x), s);
                emit(Asm.aluImm(a.op(), d, a.imm()), s);
                store(a.dst(), d, s);
            }
            case Ir.LoadCtx l -> {
                int d = target(l.dst(), R1);
                emit(Asm.ldx(Op.DW, d, R6, l.off()), s);
                store(l.dst(), d, s);
            }
            case Ir.LoadStack l -> {
                int d = target(l.dst(), R1);
                emit(Asm.ldx(size(l.size()), d, FP, l.off()), s);
                store(l.dst(), d, s);
            }
            case Ir.StoreStack st -> emit(Asm.stx(size(st.size()), FP, st.off(), use(st.src(), R1, s)), s);
            case Ir.StoreStackImm st -> emit(Asm.st(size(st.size()), FP, st.off(), st.imm()), s);
            case Ir.LoadPtr l -> {
                int p = use(l.ptr(), R1, s);
                int d = target(l.dst(), R2);
                emit(Asm.ldx(Op.DW, d, p, l.off()), s);
                store(l.dst(), d, s);
            }
            case Ir.AtomicAdd a -> {
                int p = use(a.ptr(), R1, s), v = use(a.src(), R2, s);
                emit(Asm.atomicAdd64(p, a.off(), v), s);
            }
            case Ir.Call c -> {
                for (int i = 0; i < c.args().size(); i++) {
                    int r = R1 + i;
                    switch (c.args().get(i)) {
                        case Ir.VregArg v -> {
                            if (phys[v.vreg()] >= 0) emit(Asm.mov(r, phys[v.vreg()]), s);
                            else emit(Asm.ldx(Op.DW, r, FP, slot[v.vreg()]), s);
                        }
                        case Ir.ImmArg imm -> loadConst(r, imm.value(), s);
                        case Ir.StackArg st -> {
                            emit(Asm.mov(r, FP), s);
                            emit(Asm.aluImm(Op.ADD, r, st.off()), s);
                        }
                        case Ir.MapArg m -> emit(Asm.ldMap(r, m.symbol()), s);
                        case Ir.CtxArg x -> emit(Asm.mov(r, R6), s);
                    }
                }
                emit(Asm.call(c.func()), s);
                if (c.dst() >= 0 && phys[c.dst()] != DEAD) {
                    int d = target(c.dst(), R0);
                    if (d != R0) emit(Asm.mov(d, R0), s);
                    store(c.dst(), d, s);
                }
            }
            case Ir.Jump j -> emit(Asm.ja(j.label()), s);
            case Ir.Branch b -> {
                int x = use(b.a(), R1, s), y = use(b.b(), R2, s);
                emit(Asm.jmp(b.cmp(), x, y, b.label()), s);
            }
            case Ir.BranchImm b -> emit(Asm.jmpImm(b.cmp(), use(b.a(), R1, s), b.imm(), b.label()), s);
            case Ir.Label lb -> out.add(new Insn.Label(lb.name()));
            case Ir.Exit e -> {
                emit(Asm.movImm(R0, 0), s);
                emit(Asm.exit(), s);
            }
        }
    }

    private static int size(int bytes) {
        return switch (bytes) { case 1 -> Op.B; case 2 -> Op.H; case 4 -> Op.W; default -> Op.DW; };
    }
}
