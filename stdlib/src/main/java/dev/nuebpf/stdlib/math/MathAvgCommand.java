package dev.nuebpf.stdlib.math;

import static dev.nuebpf.stdlib.math.MathExamples.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** {@code math avg}: the arithmetic mean; numbers give a float, durations and filesizes keep their unit. */
public final class MathAvgCommand extends MathReduction {
    @Override public Signature signature() {
        return sig("math avg", "Compute the average (arithmetic mean) of the values.")
                .io("number", "number").io("duration", "duration").io("filesize", "filesize")
                .io("list<number>", "number").io("list<duration>", "duration").io("list<filesize>", "filesize")
                .io("range", "number").io("table", "record").io("record", "record")
                .searchTerms("average", "mean", "statistics");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Average of a list", "[-50 100.0 25] | math avg", Value.of(25.0)),
                Example.of("Average of durations", "[2sec 1min] | math avg", new Value.Duration(31_000_000_000L)),
                Example.of("Average of each column", "[[a b]; [1 2] [3 4]] | math avg", rec("a", 2.0, "b", 3.0)),
                Example.of("Average of one record column", "{alice: [1 2 3], bob: [4 5 6]} | math avg alice",
                        rec("alice", 2.0, "bob", list(4, 5, 6))));
    }

    @Override protected Value scalar(Value v, Call call) { return reduce(List.of(v), call); }

    @Override protected Value reduce(List<Value> values, Call call) {
        Value total = MathSumCommand.sum(values, call);
        return avg(total, values.size());
    }

    static Value avg(Value total, int n) {
        return switch (total) {
            case Value.Duration d -> new Value.Duration(d.nanos() / n);
            case Value.Filesize f -> new Value.Filesize(f.bytes() / n);
            default -> Value.of(Arith.toDouble(total) / n);
        };
    }
}
