package dev.nuebpf.ebpf.compile;

import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.asm.Op;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.Pattern;
import dev.nuebpf.syntax.UnOp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * if/else, match on ints, and constant-bounded for loops. Loops are unrolled (at most {@link #MAX_UNROLL}
 * iterations) so the program only ever jumps forward: the verifier accepts it on any kernel and register
 * allocation can treat live ranges as intervals.
 */
final class Control {
    static final int MAX_UNROLL = 64;

    private final Lowerer l;
    private final LoweringContext cx;
    /** Innermost loop last: labels for break (loop end) and continue (end of this iteration). */
    private final Deque<String[]> loops = new ArrayDeque<>();

    Control(Lowerer l) {
        this.l = l;
        this.cx = l.cx;
    }

    Val ifExpr(Expr.If e) {
        Val cond = constantCondition(e.condition());
        if (cond instanceof Val.Const c) {
            if (c.value() != 0) return l.block(e.then());
            return e.otherwise() == null ? Val.NOTHING : l.expr(e.otherwise(), Val.NOTHING);
        }
        String elseL = cx.label("else"), end = cx.label("endif");
        condJump(e.condition(), elseL);
        int result = cx.vreg();
        int mark = cx.mark();
        Val a = l.block(e.then());
        cx.release(mark);
        boolean valued = isScalar(a);
        Val.Kind kind = valued ? kindOf(a) : null;
        if (valued) cx.emit(new Ir.Mov(result, cx.materialize(a, e.then().span()), e.then().span()));
        cx.emit(new Ir.Jump(end, e.span()));
        cx.emit(new Ir.Label(elseL, e.span()));
        Val b = e.otherwise() == null ? Val.NOTHING : l.expr(e.otherwise(), Val.NOTHING);
        cx.release(mark);
        if (valued && isScalar(b)) cx.emit(new Ir.Mov(result, cx.materialize(b, e.otherwise().span()), e.otherwise().span()));
        else if (valued) cx.emit(new Ir.Const(result, 0, e.span()));
        checkBranchValue(a, e.then().span());
        checkBranchValue(b, e.otherwise() == null ? e.span() : e.otherwise().span());
        cx.emit(new Ir.Label(end, e.span()));
        return valued && isScalar(b) ? new Val.Scalar(result, kind == kindOf(b) ? kind : Val.Kind.INT) : Val.NOTHING;
    }

    /** Conditions that fold to a constant (captured flags) pick a branch at compile time. */
    private Val constantCondition(Expr c) {
        if (c instanceof Expr.BoolLit b) return new Val.Const(b.value() ? 1 : 0, Val.Kind.BOOL);
        if (c instanceof Expr.VarRef) {
            Val v = l.expr(c, Val.NOTHING);
            if (v instanceof Val.Const) return v;
        }
        return null;
    }

    private static void checkBranchValue(Val v, Span span) {
        if (v instanceof Val.Str || v instanceof Val.Rec || v instanceof Val.StrLit)
            throw Diagnostics.unsupported(span, "only an int or bool can be the value of an if/match in the kernel",
                    "emit the string or record inside the branch with bpf-emit");
    }

    private static boolean isScalar(Val v) { return v instanceof Val.Scalar || v instanceof Val.Const; }

    private static Val.Kind kindOf(Val v) { return v instanceof Val.Scalar s ? s.kind() : ((Val.Const) v).kind(); }

    /** Jumps to {@code falseLabel} when the condition is false; falls through when true. */
    void condJump(Expr c, String falseLabel) {
        if (c instanceof Expr.Binary b) {
            switch (b.op()) {
                case AND -> {
                    condJump(b.left(), falseLabel);
                    condJump(b.right(), falseLabel);
                    return;
                }
                case OR -> {
                    String tryRight = cx.label("or_right"), isTrue = cx.label("or_true");
                    condJump(b.left(), tryRight);
                    cx.emit(new Ir.Jump(isTrue, b.span()));
                    cx.emit(new Ir.Label(tryRight, b.span()));
                    condJump(b.right(), falseLabel);
                    cx.emit(new Ir.Label(isTrue, b.span()));
                    return;
                }
                case EQ, NE, LT, LE, GT, GE -> {
                    Val x = l.expr(b.left(), Val.NOTHING), y = l.expr(b.right(), Val.NOTHING);
                    if (isScalar(x) && isScalar(y) && !(x instanceof Val.Const && y instanceof Val.Const)
                            && !Operators.isComm(x) && !Operators.isComm(y)) {
                        int jump = Operators.jumpOp(Operators.negate(b.op()));
                        if (y instanceof Val.Const k && k.value() == (int) k.value())
                            cx.emit(new Ir.BranchImm(jump, cx.materialize(x, b.span()), (int) k.value(), falseLabel, b.span()));
                        else cx.emit(new Ir.Branch(jump, cx.materialize(x, b.span()), cx.materialize(y, b.span()), falseLabel, b.span()));
                        return;
                    }
                    branchOnBool(l.ops.compare(b.op(), x, y, b), c, falseLabel);
                    return;
                }
                default -> { }
            }
        }
        if (c instanceof Expr.Unary u && u.op() == UnOp.NOT) {
            String skip = cx.label("not");
            condJump(u.operand(), skip);
            cx.emit(new Ir.Jump(falseLabel, u.span()));
            cx.emit(new Ir.Label(skip, u.span()));
            return;
        }
        branchOnBool(l.expr(c, Val.NOTHING), c, falseLabel);
    }

    private void branchOnBool(Val v, Expr c, String falseLabel) {
        l.ops.requireBool(v, c.span());
        if (v instanceof Val.Const k) {
            if (k.value() == 0) cx.emit(new Ir.Jump(falseLabel, c.span()));
            return;
        }
        cx.emit(new Ir.BranchImm(Op.JEQ, cx.materialize(v, c.span()), 0, falseLabel, c.span()));
    }

    Val match(Expr.Match m) {
        Val subject = l.expr(m.subject(), Val.NOTHING);
        if (!(isScalar(subject)) || kindOf(subject) == Val.Kind.COMM)
            throw Diagnostics.unsupported(m.subject().span(), "only ints and bools can be matched in the kernel, found "
                    + LoweringContext.describe(subject), "match on an int, e.g. `match (bpf-arg 0) { 0 => ..., _ => ... }`");
        int s = cx.materialize(subject, m.subject().span());
        int result = cx.vreg();
        cx.emit(new Ir.Const(result, 0, m.span()));
        String end = cx.label("endmatch");
        boolean valued = false;
        Val.Kind kind = null;
        for (Expr.MatchArm arm : m.arms()) {
            String next = cx.label("arm");
            l.pushScope();
            try {
                patternTest(arm.pattern(), s, next);
                if (arm.guard() != null) condJump(arm.guard(), next);
                int mark = cx.mark();
                // `_ => { }` is an empty block to the user; the parser may read it as an empty record
                Val v = arm.body() instanceof Expr.RecordLit r && r.entries().isEmpty() ? Val.NOTHING : l.expr(arm.body(), Val.NOTHING);
                cx.release(mark);
                checkBranchValue(v, arm.body().span());
                if (isScalar(v)) {
                    valued = true;
                    kind = kind == null || kind == kindOf(v) ? kindOf(v) : Val.Kind.INT;
                    cx.emit(new Ir.Mov(result, cx.materialize(v, arm.body().span()), arm.body().span()));
                }
            } finally {
                l.popScope();
            }
            cx.emit(new Ir.Jump(end, arm.span()));
            cx.emit(new Ir.Label(next, arm.span()));
        }
        cx.emit(new Ir.Label(end, m.span()));
        return valued ? new Val.Scalar(result, kind) : Val.NOTHING;
    }

    /** Jumps to {@code fail} unless the subject register matches the pattern. */
    private void patternTest(Pattern p, int subject, String fail) {
        switch (p) {
            case Pattern.Wildcard w -> { }
            case Pattern.Bind b -> l.bind(b.name(), new Val.Scalar(subject, Val.Kind.INT));
            case Pattern.Literal lit -> {
                long v = literal(lit.value());
                branchUnless(Op.JNE, subject, v, fail, lit.span());
            }
            case Pattern.RangePat r -> {
                if (r.range().from() != null) branchUnless(Op.JSLT, subject, literal(r.range().from()), fail, r.span());
                if (r.range().to() != null) branchUnless(r.range().inclusive() ? Op.JSGT : Op.JSGE, subject, literal(r.range().to()), fail, r.span());
            }
            case Pattern.Or o -> {
                String ok = cx.label("alt_ok");
                for (Pattern alt : o.alternatives()) {
                    if (alt instanceof Pattern.Bind || alt instanceof Pattern.RecordPat || alt instanceof Pattern.ListPat)
                        throw Diagnostics.unsupported(alt.span(), "only literal, range and `_` alternatives can be matched in the kernel", "split the arm");
                    String nextAlt = cx.label("alt");
                    patternTest(alt, subject, nextAlt);
                    cx.emit(new Ir.Jump(ok, alt.span()));
                    cx.emit(new Ir.Label(nextAlt, alt.span()));
                }
                cx.emit(new Ir.Jump(fail, o.span()));
                cx.emit(new Ir.Label(ok, o.span()));
            }
            default -> throw Diagnostics.unsupported(p.span(), "record and list patterns cannot be matched in the kernel",
                    "match on ints with literals, ranges, `_` or a variable");
        }
    }

    private void branchUnless(int jumpWhenFail, int subject, long v, String fail, Span span) {
        if (v == (int) v) cx.emit(new Ir.BranchImm(jumpWhenFail, subject, (int) v, fail, span));
        else {
            int k = cx.vreg();
            cx.emit(new Ir.Const(k, v, span));
            cx.emit(new Ir.Branch(jumpWhenFail, subject, k, fail, span));
        }
    }

    private long literal(Expr e) {
        Val v = l.expr(e, Val.NOTHING);
        if (v instanceof Val.Const c && c.kind() != Val.Kind.COMM) return c.value();
        throw Diagnostics.unsupported(e.span(), "patterns must be int or bool literals in the kernel", "write an int literal, a range like `1..5` or `_`");
    }

    Val forLoop(Expr.For f) {
        List<Long> items = iterations(f.iterable());
        String end = cx.label("endfor");
        for (long i : items) {
            String next = cx.label("next");
            loops.push(new String[] {end, next});
            l.pushScope();
            int mark = cx.mark();
            try {
                l.bind(f.var(), new Val.Const(i, Val.Kind.INT));
                l.block(f.body());
            } finally {
                cx.release(mark);
                l.popScope();
                loops.pop();
            }
            cx.emit(new Ir.Label(next, f.span()));
        }
        cx.emit(new Ir.Label(end, f.span()));
        return Val.NOTHING;
    }

    private List<Long> iterations(Expr it) {
        List<Long> out = new ArrayList<>();
        if (it instanceof Expr.RangeLit r && r.from() != null && r.to() != null) {
            long from = constInt(r.from()), to = constInt(r.to());
            long step = r.next() == null ? (to >= from ? 1 : -1) : constInt(r.next()) - from;
            if (step == 0) throw Diagnostics.unsupported(it.span(), "a range with step 0 never ends", "use a non-zero step");
            long span = step > 0 ? to - from : from - to;
            long count = span < 0 ? 0 : span / Math.abs(step) + (r.inclusive() || span % Math.abs(step) != 0 ? 1 : 0);
            if (count > MAX_UNROLL)
                throw Diagnostics.unsupported(it.span(), "this loop runs " + count + " times; at most " + MAX_UNROLL + " iterations are unrolled",
                        "loop over a smaller constant range");
            for (long i = from; step > 0 ? (r.inclusive() ? i <= to : i < to) : (r.inclusive() ? i >= to : i > to); i += step) out.add(i);
            return out;
        }
        if (it instanceof Expr.ListLit list) {
            if (list.items().size() > MAX_UNROLL)
                throw Diagnostics.unsupported(it.span(), "this loop runs " + list.items().size() + " times; at most " + MAX_UNROLL + " iterations are unrolled",
                        "loop over a shorter constant list");
            for (Expr e : list.items()) out.add(constInt(e));
            return out;
        }
        throw Diagnostics.unsupported(it.span(), "a probe can only loop over a constant range or list of ints",
                "write `for i in 0..N` with a literal N (at most " + MAX_UNROLL + " iterations)");
    }

    private long constInt(Expr e) {
        Val v = l.expr(e, Val.NOTHING);
        if (v instanceof Val.Const c && c.kind() == Val.Kind.INT) return c.value();
        throw Diagnostics.unsupported(e.span(), "loop bounds must be known when the probe is compiled", "use int literals or captured int variables");
    }

    Val breakOrContinue(Span span, boolean isBreak) {
        if (loops.isEmpty()) throw Diagnostics.unsupported(span, (isBreak ? "`break`" : "`continue`") + " outside a loop", "use `return` to end the probe early");
        cx.emit(new Ir.Jump(loops.peek()[isBreak ? 0 : 1], span));
        return Val.NOTHING;
    }

}
