package dev.nuebpf.stdlib.math;

import static dev.nuebpf.stdlib.math.MathExamples.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import java.util.ArrayList;
import java.util.List;

/** {@code math median}: the middle value; for an even count the mean of the two middle ones. */
public final class MathMedianCommand extends MathReduction {
    @Override public Signature signature() {
        return sig("math median", "Find the middle value of the sorted values.")
                .io("list<number>", "number").io("list<duration>", "duration").io("list<filesize>", "filesize")
                .io("range", "number").io("table", "record").io("record", "record")
                .searchTerms("middle", "statistics");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Median of an even-sized list", "[3 8 9 12 12 15] | math median", Value.of(10.5)),
                Example.of("Median of each column", "[{a: 1 b: 3} {a: 2 b: -1} {a: -3 b: 5}] | math median", rec("a", 1, "b", 3)),
                Example.of("Median of one record column", "{alice: [3 1 2], bob: [4 5 6]} | math median alice",
                        rec("alice", 2, "bob", list(4, 5, 6))));
    }

    @Override protected Value reduce(List<Value> values, Call call) {
        requireKind(values, call, false);
        List<Value> sorted = new ArrayList<>(values);
        sorted.sort(ValueOps::compare);
        int n = sorted.size();
        if (n % 2 == 1) return sorted.get(n / 2);
        Value a = sorted.get(n / 2 - 1), b = sorted.get(n / 2);
        return MathAvgCommand.avg(Arith.add(a, b, call), 2);
    }
}
