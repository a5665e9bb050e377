package dev.nuebpf.stdlib.math;

import static dev.nuebpf.stdlib.math.MathExamples.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import java.util.List;

/** {@code math min} (and {@code math max}): the least (greatest) value by nu's ordering; the first wins ties. */
public final class MathMinCommand extends MathReduction {
    private final boolean max;

    public MathMinCommand(boolean max) { this.max = max; }

    @Override public Signature signature() {
        return sig(max ? "math max" : "math min", max ? "Find the greatest of the values." : "Find the least of the values.")
                .io("list<number>", "number").io("list<duration>", "duration").io("list<filesize>", "filesize")
                .io("list<any>", "any").io("range", "number").io("table", "record").io("record", "record")
                .searchTerms(max ? "maximum" : "minimum", max ? "largest" : "smallest");
    }

    @Override public List<Example> examples() {
        if (max) {
            return List.of(
                    Example.of("Greatest of a list", "[-50 100 25] | math max", Value.of(100)),
                    Example.of("Greatest of each column", "[{a: 1 b: 3} {a: 2 b: -1}] | math max", rec("a", 2, "b", 3)),
                    Example.of("Greatest of one record column", "{alice: [1 5 3], bob: [4 5 6]} | math max alice",
                            rec("alice", 5, "bob", list(4, 5, 6))));
        }
        return List.of(
                Example.of("Least of a list", "[-50 100 25] | math min", Value.of(-50)),
                Example.of("Least of each column", "[{a: 1 b: 3} {a: 2 b: -1}] | math min", rec("a", 1, "b", -1)),
                Example.of("Values of different types", "[-50 'hello' true] | math min", Value.of(true)));
    }

    @Override protected Value reduce(List<Value> values, Call call) {
        Value best = values.get(0);
        for (int i = 1; i < values.size(); i++) {
            int c = ValueOps.compare(values.get(i), best);
            if (max ? c > 0 : c < 0) best = values.get(i);
        }
        return best;
    }
}
