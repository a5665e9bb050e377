package dev.nuebpf.stdlib.math;

import static dev.nuebpf.stdlib.math.MathExamples.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** {@code math product}: multiplies numbers (durations and filesizes cannot be multiplied together). */
public final class MathProductCommand extends MathReduction {
    @Override public Signature signature() {
        return sig("math product", "Multiply all the values together.")
                .io("list<number>", "number").io("range", "number").io("table", "record").io("record", "record")
                .searchTerms("times", "multiply", "x", "*");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Product of a list", "[2 3 3 4] | math product", Value.of(72)),
                Example.of("Product of each column", "[[a b]; [1 2] [3 4]] | math product", rec("a", 3, "b", 8)),
                Example.of("Product of one record column", "{alice: [2 3 4], bob: [4 5 6]} | math product alice",
                        rec("alice", 24, "bob", list(4, 5, 6))));
    }

    @Override protected Value reduce(List<Value> values, Call call) {
        requireKind(values, call, true);
        Value acc = values.get(0);
        for (int i = 1; i < values.size(); i++) acc = Arith.mul(acc, values.get(i), call);
        return acc;
    }
}
