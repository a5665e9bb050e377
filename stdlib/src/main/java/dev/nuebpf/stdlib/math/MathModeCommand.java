package dev.nuebpf.stdlib.math;

import static dev.nuebpf.stdlib.math.MathExamples.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code math mode}: every most frequent value, sorted. Values are counted by type and value, so {@code 1}
 * and {@code 1.0} are different values, as in nu.
 */
public final class MathModeCommand extends MathReduction {
    @Override public Signature signature() {
        return sig("math mode", "List the most frequent value(s).")
                .io("list<number>", "list<number>").io("list<duration>", "list<duration>").io("list<filesize>", "list<filesize>")
                .io("table", "record").io("record", "record")
                .searchTerms("common", "often", "statistics");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Most frequent values", "[3 3 9 12 12 15] | math mode", list(3, 12)),
                Example.of("Mode of each column", "[{a: 1 b: 3} {a: 2 b: -1} {a: 1 b: 5}] | math mode",
                        rec("a", list(1), "b", list(-1, 3, 5))),
                Example.of("An empty list has no mode", "[] | math mode", list()));
    }

    @Override protected boolean emptyAllowed() { return true; }

    @Override public dev.nuebpf.runtime.PipelineData run(Call call, dev.nuebpf.runtime.PipelineData input) {
        if (input instanceof dev.nuebpf.runtime.PipelineData.Single s && s.value() instanceof Value.RangeV r) {
            throw MathErrors.wrongType(call, "list<number>, list<duration>, list<filesize>, table, and record", r);
        }
        return super.run(call, input);
    }

    @Override protected Value reduce(List<Value> values, Call call) {
        if (values.isEmpty()) return new Value.ListV(List.of());
        requireKind(values, call, false);
        Map<Value, Integer> counts = new LinkedHashMap<>();
        for (Value v : values) counts.merge(v, 1, Integer::sum);
        int best = counts.values().stream().max(Integer::compare).orElse(0);
        List<Value> out = new ArrayList<>();
        counts.forEach((v, c) -> { if (c == best) out.add(v); });
        // equal numbers of both kinds (1 and 1.0) keep first-seen order; nu's own order for them varies run to run
        out.sort(ValueOps::compare);
        return new Value.ListV(out);
    }
}
