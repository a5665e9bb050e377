package dev.nuebpf.stdlib.math;

import static dev.nuebpf.stdlib.math.MathExamples.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code math log}: logarithm to a given base (ln x / ln base), defined for positive numbers and bases. */
public final class MathLogCommand extends MathElementwise {
    @Override public Signature signature() {
        return sig("math log", "Take the logarithm of numbers to a base.", false)
                .required("base", SyntaxShape.NUMBER, "The base of the logarithm.")
                .rest("columns", SyntaxShape.CELL_PATH, "The cell-paths/columns to operate on.")
                .io("number", "float").io("list<number>", "list<float>").io("range", "list<number>").io("record", "record")
                .searchTerms("base", "exponent", "inverse", "euler");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Logarithm base 10", "100 | math log 10", Value.of(2.0)),
                Example.of("Logarithm base 2 of each number", "[16 8 4] | math log 2", list(4.0, 3.0, 2.0)),
                Example.of("Only one column", "{alice: [1 10 100], bob: [1000]} | math log 10 alice",
                        rec("alice", list(0.0, 1.0, 2.0), "bob", list(1000))));
    }

    @Override protected void prepare(Call call) {
        Value base = call.req(0);
        if (!Arith.isNumber(base) || Arith.toDouble(base) <= 0) {
            throw MathErrors.unsupported("Base has to be greater 0", call.head(), call.positionalSpan(0));
        }
    }

    @Override protected Value apply(Value v, Call call) {
        double d = number(v, call);
        if (d <= 0) throw MathErrors.unsupported("'math log' undefined for values outside the open interval (0, Inf).", call.head(), call.head());
        return Value.of(Math.log(d) / Math.log(Arith.toDouble(call.req(0))));
    }
}
