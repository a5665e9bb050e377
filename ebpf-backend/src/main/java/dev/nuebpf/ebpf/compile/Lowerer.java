package dev.nuebpf.ebpf.compile;

import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Block;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.Pipeline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The check-and-lower pass: walks the closure's AST, rejects what cannot run in the kernel (with the span and a
 * way forward) and emits IR for the rest. Statements and pipelines are here; operators in {@link Operators},
 * control flow in {@link Control}.
 */
final class Lowerer {
    final LoweringContext cx;
    private final Function<String, Lowering> helpers;
    private final Map<String, Value> captures;
    private final Deque<Map<String, Binding>> scopes = new ArrayDeque<>();
    final Operators ops;
    final Control control;
    /** {@code $in}: the input of the pipeline element being lowered. */
    private Val pipelineIn = Val.NOTHING;

    /** A variable: its value, and for {@code mut} the register assignments write to. */
    record Binding(Val value, boolean mutable) {}

    Lowerer(LoweringContext cx, Function<String, Lowering> helpers, Map<String, Value> captures) {
        this.cx = cx;
        this.helpers = helpers;
        this.captures = captures == null ? Map.of() : captures;
        this.ops = new Operators(this);
        this.control = new Control(this);
        cx.attach(this);
    }

    /** Lowers the closure body; returns its value (a string value is emitted implicitly by the caller). */
    Val closure(Expr.Closure c) {
        if (!c.params().isEmpty())
            throw Diagnostics.unsupported(c.params().get(0).span(), "a probe closure takes no parameters",
                    "write `{|| ...}`: the probe's data comes from bpf-* helpers such as `bpf-arg 0`");
        return block(c.body());
    }

    Val block(Block b) {
        scopes.push(new HashMap<>());
        try {
            Val last = Val.NOTHING;
            List<Pipeline> ps = b.pipelines();
            for (int i = 0; i < ps.size(); i++) {
                int mark = cx.mark();
                last = pipeline(ps.get(i));
                boolean keeps = i == ps.size() - 1 || isLet(ps.get(i)) || !(last instanceof Val.Nothing || last instanceof Val.Scalar || last instanceof Val.Const);
                if (!keeps) cx.release(mark);
            }
            return last;
        } finally {
            scopes.pop();
        }
    }

    private static boolean isLet(Pipeline p) {
        return p.elements().size() == 1 && p.elements().get(0).expr() instanceof Expr.Let;
    }

    Val pipeline(Pipeline p) {
        Val input = Val.NOTHING;
        List<Pipeline.Element> els = p.elements();
        for (int i = 0; i < els.size(); i++) {
            Pipeline.Element el = els.get(i);
            if (el.expr() instanceof Expr.RecordLit r && el.redirect() == null && i + 1 < els.size()
                    && els.get(i + 1).expr() instanceof Expr.Call c && c.name().equals("bpf-emit")) {
                input = recordForEmit(r);
                continue;
            }
            if (el.redirect() != null)
                throw Diagnostics.unsupported(el.redirect().span(), "redirections cannot run in the kernel", "save the output of `ebpf events` instead");
            Val saved = pipelineIn;
            pipelineIn = input;
            try {
                input = expr(el.expr(), input);
            } finally {
                pipelineIn = saved;
            }
        }
        return input;
    }

    Val expr(Expr e, Val input) {
        return switch (e) {
            case Expr.IntLit i -> new Val.Const(i.value(), Val.Kind.INT);
            case Expr.BoolLit b -> new Val.Const(b.value() ? 1 : 0, Val.Kind.BOOL);
            case Expr.StringLit s -> new Val.StrLit(s.value());
            case Expr.NothingLit n -> Val.NOTHING;
            case Expr.VarRef v -> variable(v, input);
            case Expr.Subexpr s -> block(s.block());
            case Expr.Binary b -> ops.binary(b);
            case Expr.Unary u -> ops.unary(u);
            case Expr.RecordLit r -> record(r);
            case Expr.Call c -> call(c, input);
            case Expr.Let l -> let(l);
            case Expr.Assign a -> assign(a);
            case Expr.If i -> control.ifExpr(i);
            case Expr.Match m -> control.match(m);
            case Expr.For f -> control.forLoop(f);
            case Expr.Break b -> control.breakOrContinue(b.span(), true);
            case Expr.Continue c -> control.breakOrContinue(c.span(), false);
            case Expr.Return r -> {
                if (r.value() != null && !(expr(r.value(), input) instanceof Val.Nothing))
                    throw Diagnostics.unsupported(r.value().span(), "a probe cannot return a value", "use `return` alone to end the probe early, or emit the value with bpf-emit");
                cx.emit(new Ir.Exit(r.span()));
                yield Val.NOTHING;
            }
            case Expr.BlockExpr b -> block(b.block());
            default -> throw unsupportedExpr(e);
        };
    }

    private Val variable(Expr.VarRef v, Val input) {
        if (v.name().equals("in")) return pipelineIn;
        for (Map<String, Binding> s : scopes) {
            Binding b = s.get(v.name());
            if (b != null) return b.value();
        }
        Value c = captures.get(v.name());
        if (c == null)
            throw Diagnostics.unsupported(v.span(), "`$" + v.name() + "` is not available in the kernel",
                    "only variables defined in the probe and int, bool or string variables captured from outside can be used");
        return switch (c) {
            case Value.Int i -> new Val.Const(i.value(), Val.Kind.INT);
            case Value.Bool b -> new Val.Const(b.value() ? 1 : 0, Val.Kind.BOOL);
            case Value.Str s -> new Val.StrLit(s.value());
            default -> throw Diagnostics.unsupported(v.span(), "`$" + v.name() + "` is a " + c.typeName() + ", which cannot be used in the kernel",
                    "capture ints, bools or strings; turn other values into an int before `ebpf attach`");
        };
    }

    private Val record(Expr.RecordLit r) { return record(r, 0); }

    /**
     * Lowers the fields; with a {@code buffer}, strings read by a field go straight to their offset in it, as long
     * as every earlier field fit its reservation (else the record is returned without a buffer and emit copies).
     */
    private Val.Rec record(Expr.RecordLit r, int buffer) {
        List<Val.Entry> entries = new ArrayList<>();
        int offset = 0;
        boolean fits = buffer != 0;
        int strings = cx.options().stringBytes();
        for (Expr.RecordEntry e : r.entries()) {
            if (e.spread()) throw Diagnostics.unsupported(e.span(), "spreading a record cannot run in the kernel", "list the fields one by one");
            String name = switch (e.key()) {
                case Expr.StringLit s -> s.value();
                default -> throw Diagnostics.unsupported(e.key().span(), "field names of emitted records must be written literally", "write the name as a word or string");
            };
            for (Val.Entry x : entries)
                if (x.name().equals(name)) throw Diagnostics.unsupported(e.key().span(), "field `" + name + "` appears twice", "give each field its own name");
            int reserved = fits ? reserve(e.value(), strings) : 0;
            if (fits && readsString(e.value())) cx.stringDestination(buffer + offset);
            Val v = expr(e.value(), Val.NOTHING);
            cx.takeStringDestination();
            entries.add(new Val.Entry(name, v, e.value().span()));
            int size = v instanceof Val.Str str ? str.size() : v instanceof Val.Scalar sc && sc.kind() == Val.Kind.COMM
                    || v instanceof Val.Const k && k.kind() == Val.Kind.COMM ? 16 : 8;
            if (size > reserved) fits = false;
            offset += size;
        }
        if (fits) return new Val.Rec(entries, buffer);
        return new Val.Rec(entries);
    }

    /**
     * A record literal piped straight into bpf-emit: its event buffer is reserved first (sized for the worst case)
     * and strings read by a field's {@code (... | bpf-read-str)} land at their final offset, saving a buffer and a
     * copy per string. Offsets follow the same sizes as {@link EventSchemaBuilder}'s layout.
     */
    private Val recordForEmit(Expr.RecordLit r) {
        int strings = cx.options().stringBytes();
        int worst = 0;
        for (Expr.RecordEntry e : r.entries()) worst += reserve(e.value(), strings);
        int buf = cx.stackAlloc(Math.max(worst, 8), r.span());
        return record(r, buf);
    }

    /** Bytes a field may take in the event: a fresh or bound string its buffer, anything else at most a comm. */
    private int reserve(Expr e, int strings) {
        if (readsString(e)) return strings;
        if (e instanceof Expr.VarRef v) {
            for (Map<String, Binding> s : scopes) {
                Binding b = s.get(v.name());
                if (b != null) return b.value() instanceof Val.Str str ? str.size() : 16;
            }
        }
        return 16;
    }

    /** {@code (... | bpf-read-str)} or {@code (... | bpf-read-user-str)}: a subexpression whose value is a fresh string. */
    private static boolean readsString(Expr e) {
        if (!(e instanceof Expr.Subexpr s) || s.block().pipelines().size() != 1) return false;
        List<Pipeline.Element> els = s.block().pipelines().get(0).elements();
        int reads = 0;
        for (Pipeline.Element el : els)
            if (el.expr() instanceof Expr.Call c && (c.name().equals("bpf-read-str") || c.name().equals("bpf-read-user-str"))) reads++;
        return reads == 1 && els.get(els.size() - 1).expr() instanceof Expr.Call last
                && (last.name().equals("bpf-read-str") || last.name().equals("bpf-read-user-str"));
    }

    private Val call(Expr.Call c, Val input) {
        Lowering h = helpers.apply(c.name());
        if (h != null) return h.lower(cx, c, input);
        if (c.name().equals("ignore")) return Val.NOTHING;
        throw Diagnostics.unsupported(c.headSpan(), "`" + c.name() + "` cannot run in the kernel", Diagnostics.helpFor(c.name()));
    }

    private Val let(Expr.Let l) {
        Val v = expr(l.value(), Val.NOTHING);
        if (l.kind() == Expr.LetKind.CONST && !(v instanceof Val.Const || v instanceof Val.StrLit))
            throw Diagnostics.unsupported(l.value().span(), "a const needs a value known at compile time", "use `let` for values computed by the probe");
        if (v instanceof Val.Nothing)
            throw Diagnostics.unsupported(l.value().span(), "this produces no value to bind", "bind the output of a helper that returns a value, e.g. `let t = (bpf-ktime)`");
        boolean mutable = l.kind() == Expr.LetKind.MUT;
        if (mutable) {
            if (!(v instanceof Val.Scalar || v instanceof Val.Const))
                throw Diagnostics.unsupported(l.value().span(), "only ints and bools can be mutable in the kernel", "use `let` for strings and records");
            Val.Kind k = v instanceof Val.Scalar s ? s.kind() : ((Val.Const) v).kind();
            int r = cx.vreg();
            cx.emit(new Ir.Mov(r, cx.materialize(v, l.value().span()), l.span()));
            v = new Val.Scalar(r, k);
        }
        scopes.peek().put(l.name(), new Binding(v, mutable));
        return Val.NOTHING;
    }

    private Val assign(Expr.Assign a) {
        if (!(a.target() instanceof Expr.VarRef ref))
            throw Diagnostics.unsupported(a.target().span(), "only whole variables can be assigned in the kernel", "assign to a `mut` int variable");
        Binding b = null;
        for (Map<String, Binding> s : scopes) if ((b = s.get(ref.name())) != null) break;
        if (b == null || !b.mutable())
            throw Diagnostics.unsupported(a.target().span(), "`$" + ref.name() + "` is not a mutable variable of the probe", "declare it in the probe with `mut`");
        Val.Scalar target = (Val.Scalar) b.value();
        Val rhs = expr(a.value(), Val.NOTHING);
        int src = switch (a.op()) {
            case ASSIGN -> cx.materialize(ops.requireNumeric(rhs, a.value().span()), a.value().span());
            case ADD -> ops.arith(dev.nuebpf.syntax.BinOp.ADD, target, rhs, a.span(), a.span());
            case SUB -> ops.arith(dev.nuebpf.syntax.BinOp.SUB, target, rhs, a.span(), a.span());
            case MUL -> ops.arith(dev.nuebpf.syntax.BinOp.MUL, target, rhs, a.span(), a.span());
            default -> throw Diagnostics.unsupported(a.span(), "`" + a.op().symbol + "` cannot run in the kernel", "use `=`, `+=`, `-=` or `*=` on ints");
        };
        cx.emit(new Ir.Mov(target.vreg(), src, a.span()));
        return Val.NOTHING;
    }

    /** Binds a name in the innermost scope (match binds, loop variables). */
    void bind(String name, Val v) { scopes.peek().put(name, new Binding(v, false)); }

    void pushScope() { scopes.push(new HashMap<>()); }

    void popScope() { scopes.pop(); }

    static RuntimeException unsupportedExpr(Expr e) {
        Span s = e.span();
        return switch (e) {
            case Expr.FloatLit f -> Diagnostics.unsupported(s, "floats cannot be used in the kernel", "use integers (e.g. nanoseconds, not seconds)");
            case Expr.ListLit l -> Diagnostics.unsupported(s, "lists cannot be built in the kernel", "emit several events, or a record with several fields");
            case Expr.TableLit t -> Diagnostics.unsupported(s, "tables cannot be built in the kernel", "emit records one by one with bpf-emit");
            case Expr.Interpolation i -> Diagnostics.unsupported(s, "string interpolation cannot run in the kernel", "emit the parts as fields of a record and format them after `ebpf events`");
            case Expr.DurationLit d -> Diagnostics.unsupported(s, "durations cannot be used in the kernel", "write the duration as an int of nanoseconds, e.g. 1_000_000 for 1ms");
            case Expr.FilesizeLit f -> Diagnostics.unsupported(s, "file sizes cannot be used in the kernel", "write the size as an int of bytes");
            case Expr.While w -> Diagnostics.unsupported(s, "`while` loops cannot be proven to end by the verifier", "use `for i in 0..N` with a constant N (at most 64 iterations)");
            case Expr.Loop l -> Diagnostics.unsupported(s, "`loop` cannot be proven to end by the verifier", "use `for i in 0..N` with a constant N (at most 64 iterations)");
            case Expr.Closure c -> Diagnostics.unsupported(s, "closures cannot be created in the kernel", "inline the code into the probe");
            case Expr.ExternalCall x -> Diagnostics.unsupported(s, "external commands cannot run in the kernel", "run it after `ebpf events` in user space");
            case Expr.CellPathAccess c -> Diagnostics.unsupported(s, "cell paths cannot be followed in the kernel", "use the value directly; records exist in the kernel only as bpf-emit input");
            case Expr.Try t -> Diagnostics.unsupported(s, "`try` cannot run in the kernel", "helpers in the kernel do not fail; remove the try");
            case Expr.Def d -> Diagnostics.unsupported(s, "commands cannot be defined inside a probe", "define commands outside and inline their bpf-* calls");
            default -> Diagnostics.unsupported(s, "this cannot run in the kernel",
                    "probes may use bpf-* helpers, let/mut, if, match, constant for loops and integer operators");
        };
    }
}
