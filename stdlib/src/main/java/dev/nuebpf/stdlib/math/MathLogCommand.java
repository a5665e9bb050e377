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
                Example.of("Not a power of the base", "[1 2 3 4 5] | math log 2", list(0.0, 1.0, 1.584962500721156, 2.0, 2.321928094887362)),
                Example.of("Base 10 is exact for powers of ten", "[3 1000] | math log 10", list(0.47712125471966244, 3.0)),
                Example.of("Any positive base", "[5 0.5] | math log 2.5", list(1.7564707973660298, -0.75647079736603)),
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
        return Value.of(log(d, Arith.toDouble(call.req(0))));
    }

    /** Bases 2 and 10 use dedicated logarithms (as nu does: log 10 of 1000 is exactly 3.0), others ln x / ln b. */
    static double log(double x, double base) {
        if (base == 10) return Math.log10(x);
        if (base == 2) return log2(x);
        return Math.log(x) / Math.log(base);
    }

    /** log2 as exponent plus the log of the mantissa in [1, 2), which keeps powers of two and their neighbours exact. */
    static double log2(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) return Math.log(x) / Math.log(2);
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) return Math.log(x) / Math.log(2);
        return e + Math.log(x / Math.scalb(1.0, e)) / Math.log(2);
    }
}
