package dev.nuebpf.stdlib.filters;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import dev.nuebpf.runtime.Values;
import dev.nuebpf.stdlib.common.CellPathOps;
import dev.nuebpf.stdlib.common.Closures;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.runtime.TypeNames;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
/** {@code move}: reorders columns: before/after another column, or to the front/back. */
public final class MoveCommand implements Command {
    private final Signature sig = Signature.build("move", Category.FILTERS)
            .description("Moves columns relative to other columns or make them the first/last columns. Flags are mutually exclusive.")
            .rest("columns", SyntaxShape.STRING, "The columns to move.")
            .named("after", SyntaxShape.STRING, "The column that will precede the columns moved.", null)
            .named("before", SyntaxShape.STRING, "The column that will be the next after the columns moved.", null)
            .switchFlag("first", "Makes the columns be the first ones.", null)
            .switchFlag("last", "Makes the columns be the last ones.", null)
            .io("record", "record").io("table", "table");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Move a column before another", "[[name value index]; [foo a 1] [bar b 2]] | move index --before name",
                        table(cols("index", "name", "value"), row(i(1), s("foo"), s("a")), row(i(2), s("bar"), s("b")))),
                Example.of("Move columns after another", "[[name value index]; [foo a 1]] | move value name --after index",
                        table(cols("index", "value", "name"), row(i(1), s("a"), s("foo")))),
                Example.of("Move a field of a record", "{name: foo, value: a, index: 1} | move name --before index",
                        rec("value", s("a"), "name", s("foo"), "index", i(1))),
                Example.of("Move a field to the end", "{a: 1, b: 2, c: 3} | move a --last", rec("b", i(2), "c", i(3), "a", i(1))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<String> moving = new ArrayList<>();
        for (int k = 0; k < call.rest().size(); k++) moving.add(dev.nuebpf.command.Errors.expectString(call.rest().get(k), call.restSpans().get(k)));
        String after = call.stringFlag("after"), before = call.stringFlag("before");
        boolean first = call.has("first"), last = call.has("last");
        int given = (after != null ? 1 : 0) + (before != null ? 1 : 0) + (first ? 1 : 0) + (last ? 1 : 0);
        if (given == 0) throw ShellErrors.generic("Cannot move columns", "Missing required location flag", call.head());
        if (given > 1) throw ShellErrors.generic("Cannot move columns", "Use only a single flag", call.head());
        java.util.function.Function<Record, Record> move = r -> {
            for (int k = 0; k < moving.size(); k++)
                if (!r.has(moving.get(k))) throw ShellErrors.generic("Cannot move columns", "column does not exist", call.restSpans().get(k));
            String pivot = after != null ? after : before;
            if (pivot != null && !r.has(pivot))
                throw ShellErrors.generic("Cannot move columns", "column does not exist", call.flagSpan(after != null ? "after" : "before"));
            if (pivot != null && moving.contains(pivot))
                throw ShellErrors.generic("Cannot move columns", "pivot column cannot be moved", call.flagSpan(after != null ? "after" : "before"));
            List<String> rest = new ArrayList<>(r.keys());
            rest.removeAll(moving);
            List<String> order = new ArrayList<>();
            if (first) order.addAll(moving);
            for (String k : rest) {
                if (k.equals(before)) order.addAll(moving);
                order.add(k);
                if (k.equals(after)) order.addAll(moving);
            }
            if (last) order.addAll(moving);
            Record.Builder b = Record.builder();
            for (String k : order) b.put(k, r.get(k));
            return b.build();
        };
        if (Inputs.isListLike(input)) return Inputs.map(call, input.iterator(), v -> v instanceof Record r ? move.apply(r) : v);
        Value v = input.collect();
        if (v instanceof Record r) return PipelineData.of(move.apply(r));
        throw ShellErrors.unsupportedInput("record or table", v, call.head(), Inputs.span(input));
    }
}
