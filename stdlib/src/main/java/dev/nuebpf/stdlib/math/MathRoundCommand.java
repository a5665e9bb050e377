package dev.nuebpf.stdlib.math;

import static dev.nuebpf.stdlib.math.MathExamples.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/**
 * {@code math round}: half away from zero. Without --precision a float becomes an int; with it the result is a
 * float rounded to that many decimals (negative precision rounds to tens, hundreds ...).
 */
public final class MathRoundCommand extends MathElementwise {
    @Override public Signature signature() {
        return sig("math round", "Round numbers to the nearest whole number or to a number of decimals.", true)
                .named("precision", SyntaxShape.NUMBER, "Digits of precision (negative rounds left of the point).", 'p')
                .io("number", "number").io("duration", "duration").io("filesize", "filesize")
                .io("list<number>", "list<number>").io("list<duration>", "list<duration>").io("list<filesize>", "list<filesize>")
                .io("range", "list<number>").io("record", "record")
                .searchTerms("approx", "closest", "nearest");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Round to whole numbers", "[1.5 2.3 -3.1] | math round", list(2, 2, -3)),
                Example.of("Round to two decimals", "[1.555 2.333 -3.111] | math round --precision 2", list(1.56, 2.33, -3.11)),
                Example.of("Round to tens", "[123, 123.3, -123.4] | math round --precision -1", list(120.0, 120.0, -120.0)),
                Example.of("Only one column", "{alice: [1.2 2.7], bob: [4.1 5.9]} | math round alice",
                        rec("alice", list(1, 3), "bob", list(4.1, 5.9))));
    }

    @Override protected Value apply(Value v, Call call) {
        Value p = call.flag("precision");
        if (p == null) {
            return switch (v) {
                case Value.Float f -> Value.of((long) roundHalfAway(f.value()));
                case Value.Int i -> i;
                case Value.Duration d -> d;
                case Value.Filesize f -> f;
                default -> throw MathErrors.wrongType(call, "numeric", v);
            };
        }
        long digits = p instanceof Value.Int i ? i.value() : (long) Arith.toDouble(p);
        if (!Arith.isNumber(v)) throw MathErrors.wrongType(call, "numeric", v);
        double scale = Math.pow(10, digits);
        return Value.of(roundHalfAway(Arith.toDouble(v) * scale) / scale);
    }

    /** Rounds half away from zero (Java's Math.round rounds half up, -2.5 to -2). */
    static double roundHalfAway(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        double a = Math.abs(x), fl = Math.floor(a);
        return Math.copySign(a - fl >= 0.5 ? fl + 1 : fl, x);
    }
}
