package dev.nuebpf.stdlib.math;

import static dev.nuebpf.stdlib.math.MathExamples.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import java.util.List;

/**
 * {@code math variance} and {@code math stddev}: population statistics, or sample ones with --sample.
 * Variance is always a float; the standard deviation keeps a duration or filesize unit.
 */
public final class MathVarianceCommand extends MathReduction {
    private final boolean stddev;

    public MathVarianceCommand(boolean stddev) { this.stddev = stddev; }

    @Override public Signature signature() {
        String name = stddev ? "math stddev" : "math variance";
        Signature s = sig(name, stddev ? "Compute the standard deviation of the values." : "Compute the variance of the values.")
                .switchFlag("sample", "Use the sample formula (divide by n - 1) instead of the population one.", 's');
        if (stddev) {
            s.io("list<number>", "number").io("list<duration>", "duration").io("list<filesize>", "filesize");
        } else {
            s.io("list<number>", "number").io("list<duration>", "number").io("list<filesize>", "number");
        }
        return s.io("range", "number").io("table", "record").io("record", "record")
                .searchTerms(stddev ? "SD" : "deviation", "standard", "statistics");
    }

    @Override public List<Example> examples() {
        if (stddev) {
            return List.of(
                    Example.of("Population standard deviation", "[1 2 3 4 5] | math stddev", Value.of(1.4142135623730951)),
                    Example.of("Sample standard deviation", "[1 2 3 4 5] | math stddev --sample", Value.of(1.5811388300841898)),
                    Example.of("Per column", "[[a b]; [1 2] [3 4]] | math stddev", rec("a", 1.0, "b", 1.0)),
                    Example.of("Durations keep their unit", "[1sec 3sec] | math stddev", new Value.Duration(1_000_000_000L)));
        }
        return List.of(
                Example.of("Population variance", "[1 2 3 4 5] | math variance", Value.of(2.0)),
                Example.of("Sample variance", "[1 2 3 4 5] | math variance --sample", Value.of(2.5)),
                Example.of("Per record column", "{alice: [1 3], bob: [4 6]} | math variance alice",
                        rec("alice", 1.0, "bob", list(4, 6))));
    }

    @Override protected Value reduce(List<Value> values, Call call) {
        requireKind(values, call, false);
        boolean sample = call.has("sample");
        int n = values.size();
        if (sample && n < 2) throw MathErrors.unsupported("sample variance needs at least two values", call.head(), call.head());
        double mean = 0;
        for (Value v : values) mean += Arith.toDouble(v);
        mean /= n;
        double sq = 0;
        for (Value v : values) {
            double d = Arith.toDouble(v) - mean;
            sq += d * d;
        }
        double variance = sq / (sample ? n - 1 : n);
        if (!stddev) return Value.of(variance);
        return Arith.sameUnit(Math.sqrt(variance), values.get(0));
    }
}
