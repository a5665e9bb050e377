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
/**
 * {@code merge deep}: like merge, but nested records are merged recursively and nested lists by a
 * strategy: table (row by row for lists of records, else overwrite), overwrite, append or prepend.
 */
public final class MergeDeepCommand implements Command {
    private final Signature sig = Signature.build("merge deep", Category.FILTERS)
            .description("Merge the input with a record or table, recursively merging values in matching columns.")
            .required("value", SyntaxShape.ANY, "The new value to merge with.")
            .named("strategy", SyntaxShape.STRING, "The list merging strategy to use. One of: table (default), overwrite, append, prepend", 's')
            .io("record", "record").io("table", "table")
            .searchTerms("combine", "join");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Merge nested records", "{a: {x: 1}} | merge deep {a: {y: 2}}", rec("a", rec("x", i(1), "y", i(2)))),
                Example.of("Lists of plain values are overwritten by default", "{a: [1 2]} | merge deep {a: [3]}", rec("a", ints(3))),
                Example.of("Append lists", "{a: [1 2]} | merge deep --strategy=append {a: [3]}", rec("a", ints(1, 2, 3))),
                Example.of("Prepend lists", "{a: [1 2]} | merge deep --strategy=prepend {a: [3]}", rec("a", ints(3, 1, 2))),
                Example.of("Tables merge row by row", "{a: [{x: 1} {x: 2}]} | merge deep {a: [{y: 3}]}",
                        rec("a", list(rec("x", i(1), "y", i(3)), rec("x", i(2))))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String strategy = call.stringFlag("strategy");
        if (strategy == null) strategy = "table";
        if (!List.of("table", "overwrite", "append", "prepend").contains(strategy))
            throw ShellErrors.incorrectValue("expected one of table, overwrite, append, prepend", call.flagSpan("strategy"));
        String st = strategy;
        return PipelineData.of(MergeCommand.merge(call, input.collect(), call.req(0), Inputs.span(input), (a, b) -> deep(a, b, st)));
    }

    private static Value deep(Value a, Value b, String strategy) {
        if (a instanceof Record x && b instanceof Record y) {
            Record.Builder out = x.toBuilder();
            for (int k = 0; k < y.size(); k++) {
                Value old = x.get(y.keys().get(k));
                out.put(y.keys().get(k), old == null ? y.values().get(k) : deep(old, y.values().get(k), strategy));
            }
            return out.build();
        }
        if (a instanceof Value.ListV x && b instanceof Value.ListV y) {
            switch (strategy) {
                case "append" -> {
                    List<Value> l = new ArrayList<>(x.items());
                    l.addAll(y.items());
                    return new Value.ListV(l);
                }
                case "prepend" -> {
                    List<Value> l = new ArrayList<>(y.items());
                    l.addAll(x.items());
                    return new Value.ListV(l);
                }
                case "table" -> {
                    if (Inputs.isTable(x) && Inputs.isTable(y)) {
                        List<Value> l = new ArrayList<>();
                        for (int k = 0; k < Math.max(x.items().size(), y.items().size()); k++) {
                            Value p = k < x.items().size() ? x.items().get(k) : null, q = k < y.items().size() ? y.items().get(k) : null;
                            l.add(p == null ? q : q == null ? p : deep(p, q, strategy));
                        }
                        return new Value.ListV(l);
                    }
                    return b;
                }
                default -> { return b; }
            }
        }
        return b;
    }
}
