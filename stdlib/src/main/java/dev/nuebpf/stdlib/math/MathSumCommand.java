package dev.nuebpf.stdlib.math;

import static dev.nuebpf.stdlib.math.MathExamples.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** {@code math sum}: adds numbers, durations or filesizes (ints stay ints unless a float joins in). */
public final class MathSumCommand extends MathReduction {
    @Override public Signature signature() {
        return sig("math sum", "Add up all the values.")
                .io("list<number>", "number").io("list<duration>", "duration").io("list<filesize>", "filesize")
                .io("range", "number").io("table", "record").io("record", "record")
                .searchTerms("plus", "add", "total", "+");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Sum a list", "[1 2 3] | math sum", Value.of(6)),
                Example.of("Sum each column of a table", "[[a b]; [1 2] [3 4]] | math sum", rec("a", 4, "b", 6)),
                Example.of("Sum each list of a record", "{alice: [1 2 3], bob: [4 5 6]} | math sum", rec("alice", 6, "bob", 15)),
                Example.of("Sum only one column", "{alice: [1 2 3], bob: [4 5]} | math sum alice",
                        rec("alice", 6, "bob", list(4, 5))),
                Example.of("Sum durations", "[1sec 2sec] | math sum", new Value.Duration(3_000_000_000L)));
    }

    @Override protected Value reduce(List<Value> values, Call call) {
        return sum(values, call);
    }

    static Value sum(List<Value> values, Call call) {
        requireKind(values, call, false);
        Value acc = values.get(0);
        for (int i = 1; i < values.size(); i++) acc = Arith.add(acc, values.get(i), call);
        return acc;
    }
}
