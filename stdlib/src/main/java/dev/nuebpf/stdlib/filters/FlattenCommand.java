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
                Example.of("With --all, the rows of an inner table are spread too", "[[a b]; [1 [[c]; [x] [y]]]] | flatten --all",
                        table(cols("a", "c"), row(i(1), s("x")), row(i(1), s("y")))),
                Example.of("A clashing inner key is prefixed with its column's name", "{a: 1, b: {a: 9}} | flatten",
                        table(cols("a", "b_a"), row(i(1), i(9)))),
                Example.of("Flatten only the given column", "[[a b c]; [1 [2 3] {x: 4}]] | flatten b",
                        table(cols("a", "b", "c"), row(i(1), i(2), rec("x", i(4))), row(i(1), i(3), rec("x", i(4))))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<String> only = new ArrayList<>();
        for (int k = 0; k < call.rest().size(); k++) {
            Value a = call.rest().get(k);
            only.add(a instanceof Value.CellPathV p ? CellPathOps.text(p.members()) : dev.nuebpf.command.Errors.expectString(a, call.restSpans().get(k)));
        }
        boolean all = call.has("all");
        Span src = Inputs.span(input);
        if (input instanceof PipelineData.Single s && s.value() instanceof Record r) return Inputs.list(flattenRow(call, r, only, all, src));
        if (!Inputs.isListLike(input)) throw ShellErrors.unsupportedInput("list or record", input.collect(), call.head(), src);
        return Inputs.flatMap(call, input.iterator(), v -> {
            if (v instanceof Record r) return flattenRow(call, r, only, all, src).iterator();
            if (v instanceof Value.ListV l && only.isEmpty()) return l.items().iterator();
            return List.of(v).iterator();
        });
    }

    /**
     * One row: record columns are spread in place (a key already present gets the column's name as a
     * prefix, "b_a"); one list column turns the row into a row per item, and with --all the records of
     * an inner table are spread as well.
     */
    private static List<Value> flattenRow(Call call, Record r, List<String> only, boolean all, Span src) {
        Record.Builder b = Record.builder();
        String listColumn = null;
        List<Value> listItems = null;
        for (int k = 0; k < r.size(); k++) {
            String key = r.keys().get(k);
            Value v = r.values().get(k);
            boolean chosen = only.isEmpty() || only.contains(key);
            if (chosen && v instanceof Record inner) {
                spread(b, key, inner, clashes(r, only));
            } else if (chosen && v instanceof Value.ListV l) {
                if (listColumn != null)
                    throw new dev.nuebpf.command.ShellException(dev.nuebpf.diag.Diagnostic.builder("nu::shell::unsupported_input", "Unsupported input")
                            .label(call.head(), "can only flatten one inner list at a time. tried flattening more than one column with inner lists... but is flattened already")
                            .label(src, "value originates from here").build());
                listColumn = key;
                listItems = l.items();
                b.put(key, Value.NOTHING);
            } else b.put(key, v);
        }
        Record base = b.build();
        if (listColumn == null) return List.of(base);
        boolean spreadItems = all && Inputs.isTable(new Value.ListV(listItems));
        List<Value> out = new ArrayList<>();
        for (Value item : listItems) {
            if (!spreadItems) {
                out.add(base.with(listColumn, item));
                continue;
            }
            Record.Builder rb = Record.builder();
            for (int k = 0; k < base.size(); k++) {
                if (base.keys().get(k).equals(listColumn)) spread(rb, listColumn, (Record) item, clashes(r, only));
                else rb.put(base.keys().get(k), base.values().get(k));
            }
            out.add(rb.build());
        }
        return out;
    }

    /**
     * Keys an inner key must not take: those already in the row and, when columns were named, the
     * row's other columns (without named columns nu lets a later column overwrite the spread key).
     */
    private static java.util.function.BiPredicate<Record.Builder, String> clashes(Record r, List<String> only) {
        return (b, k) -> b.has(k) || (!only.isEmpty() && r.has(k) && !only.contains(k));
    }

    private static void spread(Record.Builder b, String column, Record inner, java.util.function.BiPredicate<Record.Builder, String> clash) {
        for (int j = 0; j < inner.size(); j++) {
            String ik = inner.keys().get(j);
            b.put(clash.test(b, ik) ? column + "_" + ik : ik, inner.values().get(j));
        }
    }
}
