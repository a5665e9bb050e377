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
import dev.nuebpf.stdlib.common.TypeNames;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
/**
 * {@code flatten}: one level of nesting out. Lists inside the input list are spliced in; in a table
 * row, record columns are spread into the row and a list column turns the row into one row per item.
 */
public final class FlattenCommand implements Command {
    private final Signature sig = Signature.build("flatten", Category.FILTERS)
            .description("Flatten a table by extracting nested values.")
            .rest("rest", SyntaxShape.CELL_PATH, "Optionally flatten data by column.")
            .switchFlag("all", "Flatten inner table one level out.", 'a')
            .io("list<any>", "list<any>").io("record", "table")
            .searchTerms("denormalize", "unnest");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Flatten a nested list one level", "[1 [2 [3 4]]] | flatten", list(i(1), i(2), ints(3, 4))),
                Example.of("A list column gives one row per item", "[[a b]; [1 [2 3]]] | flatten",
                        table(cols("a", "b"), row(i(1), i(2)), row(i(1), i(3)))),
                Example.of("A record column is spread into the row", "[[a b]; [1 {c: 2, d: 3}]] | flatten",
                        table(cols("a", "c", "d"), row(i(1), i(2), i(3)))),
                Example.of("Flatten a record into a table", "{a: 1, b: {c: 2}} | flatten", table(cols("a", "c"), row(i(1), i(2)))),
                Example.of("Flatten only the given column", "[[a b c]; [1 [2 3] {x: 4}]] | flatten b",
                        table(cols("a", "b", "c"), row(i(1), i(2), rec("x", i(4))), row(i(1), i(3), rec("x", i(4))))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<String> only = new ArrayList<>();
        for (int k = 0; k < call.rest().size(); k++) {
            Value a = call.rest().get(k);
            only.add(a instanceof Value.CellPathV p ? CellPathOps.text(p.members()) : dev.nuebpf.command.Errors.expectString(a, call.restSpans().get(k)));
        }
        if (input instanceof PipelineData.Single s && s.value() instanceof Record r) return Inputs.list(flattenRow(r, only));
        return Inputs.flatMap(call, input.iterator(), v -> {
            if (v instanceof Record r) return flattenRow(r, only).iterator();
            if (v instanceof Value.ListV l && only.isEmpty()) return l.items().iterator();
            return List.of(v).iterator();
        });
    }

    private static List<Value> flattenRow(Record r, List<String> only) {
        Record.Builder b = Record.builder();
        String listColumn = null;
        List<Value> listItems = null;
        for (int k = 0; k < r.size(); k++) {
            String key = r.keys().get(k);
            Value v = r.values().get(k);
            boolean chosen = only.isEmpty() || only.contains(key);
            if (chosen && v instanceof Record inner) {
                for (int j = 0; j < inner.size(); j++) b.put(inner.keys().get(j), inner.values().get(j));
            } else if (chosen && v instanceof Value.ListV l && listColumn == null) {
                listColumn = key;
                listItems = l.items();
                b.put(key, Value.NOTHING);
            } else b.put(key, v);
        }
        Record base = b.build();
        if (listColumn == null) return List.of(base);
        List<Value> out = new ArrayList<>();
        for (Value item : listItems) out.add(base.with(listColumn, item));
        return out;
    }
}
