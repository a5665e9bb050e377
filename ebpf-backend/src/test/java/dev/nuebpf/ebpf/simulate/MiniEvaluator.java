package dev.nuebpf.ebpf.simulate;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.Engine;
import dev.nuebpf.ebpf.helpers.HelperCall;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Argument;
import dev.nuebpf.syntax.Block;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.Pipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the small subset of closures the simulate tests use (helper pipelines, literals, records, if with
 * integer comparisons) so SimulateCommand can be tested without the Truffle interpreter. Not a language
 * implementation: anything else fails the test loudly.
 */
final class MiniEvaluator implements HelperCall.TestEngine.ClosureRunner {
    @Override public Value run(Value.ClosureV c, Engine engine) { return block(c.ast().body(), (HelperCall.TestEngine) engine); }

    private Value block(Block b, HelperCall.TestEngine e) {
        Value last = Value.NOTHING;
        for (Pipeline p : b.pipelines()) {
            Value in = Value.NOTHING;
            for (Pipeline.Element el : p.elements()) in = expr(el.expr(), in, e);
            last = in;
        }
        return last;
    }

    private Value expr(Expr x, Value in, HelperCall.TestEngine e) {
        return switch (x) {
            case Expr.IntLit i -> Value.of(i.value());
            case Expr.StringLit s -> Value.of(s.value());
            case Expr.BoolLit b -> Value.of(b.value());
            case Expr.Subexpr s -> block(s.block(), e);
            case Expr.BlockExpr b -> block(b.block(), e);
            case Expr.RecordLit r -> {
                Record.Builder rb = Record.builder();
                for (Expr.RecordEntry en : r.entries()) rb.put(((Expr.StringLit) en.key()).value(), expr(en.value(), Value.NOTHING, e));
                yield rb.build();
            }
            case Expr.If i -> {
                boolean c = ((Value.Bool) expr(i.condition(), Value.NOTHING, e)).value();
                yield c ? block(i.then(), e) : i.otherwise() == null ? Value.NOTHING : expr(i.otherwise(), Value.NOTHING, e);
            }
            case Expr.Binary b -> {
                long l = ((Value.Int) expr(b.left(), Value.NOTHING, e)).value(), r = ((Value.Int) expr(b.right(), Value.NOTHING, e)).value();
                yield switch (b.op()) {
                    case EQ -> Value.of(l == r); case NE -> Value.of(l != r); case GT -> Value.of(l > r); case LT -> Value.of(l < r);
                    case ADD -> Value.of(l + r);
                    default -> throw new AssertionError("MiniEvaluator: " + b.op());
                };
            }
            case Expr.Call c -> {
                Command cmd = e.lookup(c.name());
                if (cmd == null) throw new AssertionError("MiniEvaluator: unknown command " + c.name());
                List<Value> args = new ArrayList<>();
                for (Argument a : c.args()) args.add(expr(((Argument.Positional) a).value(), Value.NOTHING, e));
                yield HelperCall.of(cmd, e).pos(args.toArray(Value[]::new)).run(in);
            }
            default -> throw new AssertionError("MiniEvaluator cannot evaluate " + x.getClass().getSimpleName());
        };
    }
}
