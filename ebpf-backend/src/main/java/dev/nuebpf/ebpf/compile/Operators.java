package dev.nuebpf.ebpf.compile;

import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.asm.Op;
import dev.nuebpf.syntax.BinOp;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.UnOp;
import java.util.List;

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
        if ((op == BinOp.IN || op == BinOp.NOT_IN) && b.right() instanceof Expr.ListLit list) return membership(b, list, op == BinOp.NOT_IN);
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
            case STARTS_WITH -> {
                if (a instanceof Val.Str str && c instanceof Val.StrLit lit) return stringPrefix(str, lit.value(), false, b);
                if (a instanceof Val.StrLit x && c instanceof Val.StrLit y) return new Val.Const(x.value().startsWith(y.value()) ? 1 : 0, Val.Kind.BOOL);
                throw Diagnostics.unsupported(b.span(), "`starts-with` runs in the kernel only on a string read by bpf-read-str and a string literal",
                        "write e.g. `(bpf-arg 1 | bpf-read-user-str) starts-with '/etc'`");
            }
            case REGEX_MATCH, NOT_REGEX_MATCH, LIKE, NOT_LIKE, ENDS_WITH, IN, NOT_IN, HAS, NOT_HAS ->
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
        if ((op == BinOp.SHL || op == BinOp.SHR) && b instanceof Val.Const c && (c.value() < 0 || c.value() > 63))
            throw new dev.nuebpf.command.ShellException(dev.nuebpf.diag.Diagnostic.builder("nu::shell::operator_overflow", "Operator overflow.")
                    .label(opSpan, "operator overflow").help("shift by 0 to 63 bits").build());
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
        try {
            long v = switch (op) {
                case ADD -> Math.addExact(p, q); case SUB -> Math.subtractExact(p, q); case MUL -> Math.multiplyExact(p, q);
                case FLOOR_DIV -> Math.floorDiv(p, q); case MOD -> Math.floorMod(p, q);
                case BIT_AND -> p & q; case BIT_OR -> p | q; case BIT_XOR -> p ^ q;
                case SHL -> { if (q < 0 || q > 63) throw new ArithmeticException(); yield p << q; }
                case SHR -> { if (q < 0 || q > 63) throw new ArithmeticException(); yield p >> q; }
                default -> throw new IllegalStateException(op.toString());
            };
            return new Val.Const(v, Val.Kind.INT);
        } catch (ArithmeticException overflow) {
            // what Nushell says for the same constants
            throw new dev.nuebpf.command.ShellException(dev.nuebpf.diag.Diagnostic.builder("nu::shell::operator_overflow", "Operator overflow.")
                    .label(e.opSpan(), "operator overflow").help("this constant expression overflows a 64-bit int").build());
        }
    }

    Val compare(BinOp op, Val a, Val b, Expr.Binary e) {
        if (a instanceof Val.StrLit x && b instanceof Val.StrLit y && (op == BinOp.EQ || op == BinOp.NE))
            return new Val.Const(x.value().equals(y.value()) == (op == BinOp.EQ) ? 1 : 0, Val.Kind.BOOL);
        if (isComm(a) && b instanceof Val.StrLit || isComm(b) && a instanceof Val.StrLit)
            throw Diagnostics.unsupported(e.span(), "bpf-comm is an int (the comm's first 8 bytes), so comparing it with a string is always false",
                    "use `bpf-filter-comm 'name'` to keep one command, or compare with the int of the name");
        if ((op == BinOp.EQ || op == BinOp.NE) && (a instanceof Val.Str && b instanceof Val.StrLit || a instanceof Val.StrLit && b instanceof Val.Str)) {
            Val.Str str = (Val.Str) (a instanceof Val.Str ? a : b);
            String lit = ((Val.StrLit) (a instanceof Val.StrLit ? a : b)).value();
            return stringPrefix(str, lit, op == BinOp.NE, e);
        }
        if (a instanceof Val.StrLit || b instanceof Val.StrLit || a instanceof Val.Str || b instanceof Val.Str)
            throw Diagnostics.unsupported(e.span(), "strings can be compared in the kernel only as a string read by bpf-read-str against a literal with == or !=",
                    "use bpf-filter-comm for command names, or compare after `ebpf events`");
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

    /**
     * Compares a zero-padded string buffer with a literal, 8 bytes at a time: for equality the literal's NUL is
     * compared too (so "ab" does not equal "abc"); for a prefix the last word is masked to the literal's length.
     */
    private Val stringPrefix(Val.Str str, String literal, boolean negate, Expr.Binary e) {
        boolean prefix = e.op() == BinOp.STARTS_WITH;
        byte[] lit = literal.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (lit.length >= str.size())
            throw Diagnostics.unsupported(e.right().span(), "the kernel reads at most " + (str.size() - 1) + " bytes of a string; this literal is longer",
                    "compare a shorter prefix with `starts-with`");
        int bytes = prefix ? lit.length : lit.length + 1;
        byte[] padded = java.util.Arrays.copyOf(lit, (bytes + 7) / 8 * 8);
        int r = cx.vreg();
        String differ = cx.label("str_differ"), done = cx.label("str_done");
        for (int w = 0; w * 8 < bytes; w++) {
            long want = java.nio.ByteBuffer.wrap(padded, w * 8, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
            int have = cx.vreg(), k = cx.vreg();
            cx.emit(new Ir.LoadStack(have, str.off() + 8 * w, 8, e.span()));
            int left = bytes - 8 * w;
            if (left < 8) {
                int mask = cx.vreg();
                cx.emit(new Ir.Const(mask, (1L << (8 * left)) - 1, e.span()));
                cx.emit(new Ir.Alu(Op.AND, have, have, mask, false, e.span()));
            }
            cx.emit(new Ir.Const(k, want, e.span()));
            cx.emit(new Ir.Branch(Op.JNE, have, k, differ, e.span()));
        }
        cx.emit(new Ir.Const(r, negate ? 0 : 1, e.span()));
        cx.emit(new Ir.Jump(done, e.span()));
        cx.emit(new Ir.Label(differ, e.span()));
        cx.emit(new Ir.Const(r, negate ? 1 : 0, e.span()));
        cx.emit(new Ir.Label(done, e.span()));
        return new Val.Scalar(r, Val.Kind.BOOL);
    }

    /** {@code $x in [1 2 3]} with a constant list: one comparison per item. */
    private Val membership(Expr.Binary b, Expr.ListLit list, boolean negate) {
        Val x = l.expr(b.left(), Val.NOTHING);
        requireInt(x, b.left().span());
        List<Long> items = new java.util.ArrayList<>();
        for (Expr item : list.items()) {
            Val v = l.expr(item, Val.NOTHING);
            if (!(v instanceof Val.Const k) || k.kind() == Val.Kind.BOOL)
                throw Diagnostics.unsupported(item.span(), "`in` runs in the kernel only with a list of int constants", "write the list literally, e.g. `$fd in [0 1 2]`");
            items.add(k.value());
        }
        if (x instanceof Val.Const k) return new Val.Const(items.contains(k.value()) != negate ? 1 : 0, Val.Kind.BOOL);
        int rx = cx.materialize(x, b.span());
        int r = cx.vreg();
        String found = cx.label("in_found"), done = cx.label("in_done");
        for (long item : items) {
            if (item == (int) item) cx.emit(new Ir.BranchImm(Op.JEQ, rx, (int) item, found, b.span()));
            else cx.emit(new Ir.Branch(Op.JEQ, rx, cx.materialize(new Val.Const(item, Val.Kind.INT), b.span()), found, b.span()));
        }
        cx.emit(new Ir.Const(r, negate ? 1 : 0, b.span()));
        cx.emit(new Ir.Jump(done, b.span()));
        cx.emit(new Ir.Label(found, b.span()));
        cx.emit(new Ir.Const(r, negate ? 0 : 1, b.span()));
        cx.emit(new Ir.Label(done, b.span()));
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
