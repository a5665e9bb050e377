package dev.nuebpf.ebpf.compile;

import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.asm.Op;
import dev.nuebpf.syntax.BinOp;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.UnOp;

/**
 * Integer, comparison, logical and bit operators with Nushell's meaning: {@code //} and {@code mod} round toward
 * negative infinity, {@code bit-shr} is arithmetic, comparisons are signed. Constants are folded. Where the kernel
 * differs and cannot be made equal cheaply (overflow wraps; division by a runtime zero gives 0) it is documented
 * in docs/ebpf-compiler.md.
 */
final class Operators {
    private final Lowerer l;
    private final LoweringContext cx;

    Operators(Lowerer l) {
        this.l = l;
        this.cx = l.cx;
    }

    Val binary(Expr.Binary b) {
        BinOp op = b.op();
        switch (op) {
            case AND, OR -> { return logical(b); }
            default -> { }
        }
        Val a = l.expr(b.left(), Val.NOTHING);
        Val c = l.expr(b.right(), Val.NOTHING);
        switch (op) {
            case EQ, NE, LT, LE, GT, GE -> { return compare(op, a, c, b); }
            case ADD, SUB, MUL, FLOOR_DIV, MOD, BIT_AND, BIT_OR, BIT_XOR, SHL, SHR -> {
                Val.Const fold = fold(op, a, c, b);
                if (fold != null) return fold;
                return new Val.Scalar(arith(op, a, c, b.opSpan(), b.span()), Val.Kind.INT);
            }
            case XOR -> {
                requireBool(a, b.left().span());
                requireBool(c, b.right().span());
                return compare(BinOp.NE, a, c, b);
            }
            case DIV -> throw Diagnostics.unsupported(b.opSpan(), "`/` makes a float, and floats do not exist in the kernel", "use `//` for integer division");
            case POW -> throw Diagnostics.unsupported(b.opSpan(), "`**` cannot run in the kernel", "multiply explicitly, or compute the power before attaching and capture it");
            case CONCAT -> throw Diagnostics.unsupported(b.opSpan(), "`++` cannot run in the kernel", "emit the parts as record fields and join them after `ebpf events`");
            case REGEX_MATCH, NOT_REGEX_MATCH, LIKE, NOT_LIKE, STARTS_WITH, ENDS_WITH, IN, NOT_IN, HAS, NOT_HAS ->
                    throw Diagnostics.unsupported(b.opSpan(), "`" + op.symbol + "` cannot run in the kernel",
                            "emit the value and use `" + op.symbol + "` after `ebpf events`; to keep one process use bpf-filter-comm or bpf-filter-pid");
            default -> throw Diagnostics.unsupported(b.opSpan(), "`" + op.symbol + "` cannot run in the kernel", "use integer operators");
        }
    }

    Val unary(Expr.Unary u) {
        Val v = l.expr(u.operand(), Val.NOTHING);
        if (u.op() == UnOp.NOT) {
            requireBool(v, u.operand().span());
            if (v instanceof Val.Const c) return new Val.Const(c.value() == 0 ? 1 : 0, Val.Kind.BOOL);
            int r = cx.vreg();
            cx.emit(new Ir.AluImm(Op.XOR, r, cx.materialize(v, u.span()), 1, u.span()));
            return new Val.Scalar(r, Val.Kind.BOOL);
        }
        requireInt(v, u.operand().span());
        if (v instanceof Val.Const c) return new Val.Const(-c.value(), Val.Kind.INT);
        int zero = cx.materialize(new Val.Const(0, Val.Kind.INT), u.span());
        int r = cx.vreg();
        cx.emit(new Ir.Alu(Op.SUB, r, zero, cx.materialize(v, u.span()), false, u.span()));
        return new Val.Scalar(r, Val.Kind.INT);
    }

    /** Emits {@code a op b} for integer operators; returns the result register. */
    int arith(BinOp op, Val a, Val b, Span opSpan, Span span) {
        requireInt(a, span);
        requireInt(b, span);
        if ((op == BinOp.FLOOR_DIV || op == BinOp.MOD) && b instanceof Val.Const c && c.value() == 0)
            throw Diagnostics.unsupported(opSpan, "division by zero", "divide by a non-zero number");
        int ra = cx.materialize(a, span), rb = cx.materialize(b, span);
        int r = cx.vreg();
        switch (op) {
            case ADD -> cx.emit(new Ir.Alu(Op.ADD, r, ra, rb, false, span));
            case SUB -> cx.emit(new Ir.Alu(Op.SUB, r, ra, rb, false, span));
            case MUL -> cx.emit(new Ir.Alu(Op.MUL, r, ra, rb, false, span));
            case BIT_AND -> cx.emit(new Ir.Alu(Op.AND, r, ra, rb, false, span));
            case BIT_OR -> cx.emit(new Ir.Alu(Op.OR, r, ra, rb, false, span));
            case BIT_XOR -> cx.emit(new Ir.Alu(Op.XOR, r, ra, rb, false, span));
            case SHL -> cx.emit(new Ir.Alu(Op.LSH, r, ra, rb, false, span));
            case SHR -> cx.emit(new Ir.Alu(Op.ARSH, r, ra, rb, false, span));
            case FLOOR_DIV, MOD -> floorDivMod(op == BinOp.MOD, r, ra, rb, span);
            default -> throw new IllegalStateException(op.toString());
        }
        return r;
    }

    /**
     * Nushell's {@code //} and {@code mod} round toward negative infinity. Signed division exists only since
     * kernel 6.6, so this divides magnitudes unsigned (every kernel has that), restores the truncated signs, then
     * adjusts toward −∞ when the remainder is non-zero and the signs differ.
     */
    private void floorDivMod(boolean mod, int r, int a, int b, Span span) {
        int ua = abs(a, span), ub = abs(b, span);
        int q = cx.vreg(), rem = cx.vreg(), sign = cx.vreg();
        cx.emit(new Ir.Alu(Op.DIV, q, ua, ub, false, span));
        cx.emit(new Ir.Alu(Op.MOD, rem, ua, ub, false, span));
        // truncated quotient is negative when the signs differ; truncated remainder has the dividend's sign
        cx.emit(new Ir.Alu(Op.XOR, sign, a, b, false, span));
        negateIf(sign, q, span);
        negateIf(a, rem, span);
        String done = cx.label("floor_done");
        cx.emit(new Ir.BranchImm(Op.JEQ, rem, 0, done, span));
        cx.emit(new Ir.BranchImm(Op.JSGE, sign, 0, done, span));
        cx.emit(new Ir.AluImm(Op.SUB, q, q, 1, span));
        cx.emit(new Ir.Alu(Op.ADD, rem, rem, b, false, span));
        cx.emit(new Ir.Label(done, span));
        cx.emit(new Ir.Mov(r, mod ? rem : q, span));
    }

    /** A register with |x| (as unsigned: |MIN| is 2^63). */
    private int abs(int x, Span span) {
        int r = cx.vreg();
        cx.emit(new Ir.Mov(r, x, span));
        negateIf(x, r, span);
        return r;
    }

    /** {@code if test < 0 { v = -v }}. */
    private void negateIf(int test, int v, Span span) {
        String skip = cx.label("pos");
        cx.emit(new Ir.BranchImm(Op.JSGE, test, 0, skip, span));
        cx.emit(new Ir.AluImm(Op.NEG, v, v, 0, span));
        cx.emit(new Ir.Label(skip, span));
    }

    private Val.Const fold(BinOp op, Val a, Val b, Expr.Binary e) {
        if (!(a instanceof Val.Const x) || !(b instanceof Val.Const y)) return null;
        requireInt(a, e.left().span());
        requireInt(b, e.right().span());
        long p = x.value(), q = y.value();
        if ((op == BinOp.FLOOR_DIV || op == BinOp.MOD) && q == 0) throw Diagnostics.unsupported(e.opSpan(), "division by zero", "divide by a non-zero number");
        long v = switch (op) {
            case ADD -> p + q; case SUB -> p - q; case MUL -> p * q;
            case FLOOR_DIV -> Math.floorDiv(p, q); case MOD -> Math.floorMod(p, q);
            case BIT_AND -> p & q; case BIT_OR -> p | q; case BIT_XOR -> p ^ q;
            case SHL -> p << q; case SHR -> p >> q;
            default -> throw new IllegalStateException(op.toString());
        };
        return new Val.Const(v, Val.Kind.INT);
    }

    Val compare(BinOp op, Val a, Val b, Expr.Binary e) {
        if (a instanceof Val.StrLit x && b instanceof Val.StrLit y && (op == BinOp.EQ || op == BinOp.NE))
            return new Val.Const(x.value().equals(y.value()) == (op == BinOp.EQ) ? 1 : 0, Val.Kind.BOOL);
        if (isComm(a) && b instanceof Val.StrLit || isComm(b) && a instanceof Val.StrLit)
            throw Diagnostics.unsupported(e.span(), "bpf-comm is an int (the comm's first 8 bytes), so comparing it with a string is always false",
                    "use `bpf-filter-comm 'name'` to keep one command, or compare with the int of the name");
        if (a instanceof Val.StrLit || b instanceof Val.StrLit || a instanceof Val.Str || b instanceof Val.Str)
            throw Diagnostics.unsupported(e.span(), "strings cannot be compared in the kernel", "use bpf-filter-comm for command names, or compare after `ebpf events`");
        if (a instanceof Val.Const x && b instanceof Val.Const y) {
            long p = x.value(), q = y.value();
            boolean r = switch (op) {
                case EQ -> p == q; case NE -> p != q; case LT -> p < q; case LE -> p <= q; case GT -> p > q; default -> p >= q;
            };
            return new Val.Const(r ? 1 : 0, Val.Kind.BOOL);
        }
        requireNumeric(a, e.left().span());
        requireNumeric(b, e.right().span());
        int r = cx.vreg();
        String done = cx.label("cmp");
        cx.emit(new Ir.Const(r, 1, e.span()));
        cx.emit(new Ir.Branch(jumpOp(op), cx.materialize(a, e.span()), cx.materialize(b, e.span()), done, e.span()));
        cx.emit(new Ir.Const(r, 0, e.span()));
        cx.emit(new Ir.Label(done, e.span()));
        return new Val.Scalar(r, Val.Kind.BOOL);
    }

    /** The signed jump that is taken when {@code a op b} holds. */
    static int jumpOp(BinOp op) {
        return switch (op) {
            case EQ -> Op.JEQ; case NE -> Op.JNE; case LT -> Op.JSLT; case LE -> Op.JSLE; case GT -> Op.JSGT; case GE -> Op.JSGE;
            default -> throw new IllegalStateException(op.toString());
        };
    }

    static BinOp negate(BinOp op) {
        return switch (op) {
            case EQ -> BinOp.NE; case NE -> BinOp.EQ; case LT -> BinOp.GE; case LE -> BinOp.GT; case GT -> BinOp.LE; case GE -> BinOp.LT;
            default -> throw new IllegalStateException(op.toString());
        };
    }

    private Val logical(Expr.Binary b) {
        Val a = l.expr(b.left(), Val.NOTHING);
        requireBool(a, b.left().span());
        boolean and = b.op() == BinOp.AND;
        if (a instanceof Val.Const c) {
            if ((c.value() != 0) != and) return new Val.Const(and ? 0 : 1, Val.Kind.BOOL);
            Val r = l.expr(b.right(), Val.NOTHING);
            requireBool(r, b.right().span());
            return r;
        }
        int r = cx.vreg();
        String done = cx.label(and ? "and" : "or");
        cx.emit(new Ir.Mov(r, cx.materialize(a, b.span()), b.span()));
        cx.emit(new Ir.BranchImm(and ? Op.JEQ : Op.JNE, r, 0, done, b.span()));
        Val c = l.expr(b.right(), Val.NOTHING);
        requireBool(c, b.right().span());
        cx.emit(new Ir.Mov(r, cx.materialize(c, b.span()), b.span()));
        cx.emit(new Ir.Label(done, b.span()));
        return new Val.Scalar(r, Val.Kind.BOOL);
    }

    static boolean isComm(Val v) {
        return v instanceof Val.Scalar s && s.kind() == Val.Kind.COMM || v instanceof Val.Const c && c.kind() == Val.Kind.COMM;
    }

    private static Val.Kind kind(Val v) {
        return v instanceof Val.Scalar s ? s.kind() : v instanceof Val.Const c ? c.kind() : null;
    }

    Val requireNumeric(Val v, Span span) {
        if (kind(v) == null) throw Diagnostics.unsupported(span, "expected an int here, found " + LoweringContext.describe(v), "only ints and bools can be computed with in the kernel");
        return v;
    }

    void requireInt(Val v, Span span) {
        Val.Kind k = kind(v);
        if (k == null || k == Val.Kind.BOOL)
            throw Diagnostics.unsupported(span, "expected an int here, found " + LoweringContext.describe(v), "arithmetic works on ints only");
    }

    void requireBool(Val v, Span span) {
        if (kind(v) != Val.Kind.BOOL)
            throw Diagnostics.unsupported(span, "expected a bool here, found " + LoweringContext.describe(v), "compare ints to get a bool, e.g. `$x > 0`");
    }
}
