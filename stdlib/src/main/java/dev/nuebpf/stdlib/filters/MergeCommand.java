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
/** {@code merge}: record fields (or table rows, row by row) from the argument overwrite or extend the input's. */
public final class MergeCommand implements Command {
    private final Signature sig = Signature.build("merge", Category.FILTERS)
            .description("Merge the input with a record or table, overwriting values in matching columns.")
            .extraDescription("You may provide a column structure to merge. When merging tables, row 0 of the input table is overwritten with values from row 0 of the provided table, then repeating this process with row 1, and so on.")
            .required("value", SyntaxShape.ANY, "The new value to merge with.")
            .io("record", "record").io("table", "table")
            .searchTerms("combine", "join");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Add and overwrite fields", "{a: 1, b: 2} | merge {b: 3, c: 4}", rec("a", i(1), "b", i(3), "c", i(4))),
                Example.of("Merge tables row by row", "[[a]; [1] [2]] | merge [[b]; [3]]", list(rec("a", i(1), "b", i(3)), rec("a", i(2)))),
                Example.of("Merge the records of a table with one record", "[[a]; [1] [2]] | each { merge {b: 0} }",
                        table(cols("a", "b"), row(i(1), i(0)), row(i(2), i(0)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value other = call.req(0);
        Value v = input.collect();
        return PipelineData.of(merge(call, v, other, Inputs.span(input), (a, b) -> b));
    }

    /** Merges records field by field with {@code combine(old, new)} for shared fields; tables row by row. */
    static Value merge(Call call, Value v, Value other, Span src, java.util.function.BinaryOperator<Value> combine) {
        if (v instanceof Record && other instanceof Value.ListV)
            throw ShellErrors.unsupportedInput("table", v, call.head(), src);
        if (other instanceof Value.ListV o && !o.items().isEmpty() && !Inputs.isTable(o))
            throw ShellErrors.typeMismatch("expected record or table, found " + TypeNames.of(other), call.positionalSpan(0));
        if (v instanceof Record r && other instanceof Record o) return mergeRecords(r, o, combine);
        if (v instanceof Value.ListV && other instanceof Record) throw ShellErrors.unsupportedInput("record", v, call.head(), src);
        if (v instanceof Value.ListV l && other instanceof Value.ListV o) {
            List<Value> out = new ArrayList<>();
            // The result has the input's rows; extra rows of the argument are dropped.
            for (int k = 0; k < l.items().size(); k++) {
                Value a = k < l.items().size() ? l.items().get(k) : null, b = k < o.items().size() ? o.items().get(k) : null;
                if (a instanceof Record x && b instanceof Record y) out.add(mergeRecords(x, y, combine));
                else out.add(a != null ? a : b);
            }
            return new Value.ListV(out);
        }
        if (!(v instanceof Record) && !(v instanceof Value.ListV)) throw ShellErrors.unsupportedInput("record or table", v, call.head(), src);
        throw ShellErrors.typeMismatch("expected " + (v instanceof Record ? "record" : "table") + ", found " + TypeNames.of(other), call.positionalSpan(0));
    }

    private static Record mergeRecords(Record r, Record o, java.util.function.BinaryOperator<Value> combine) {
        Record.Builder b = r.toBuilder();
        for (int k = 0; k < o.size(); k++) {
            String key = o.keys().get(k);
            Value old = r.get(key);
            b.put(key, old == null ? o.values().get(k) : combine.apply(old, o.values().get(k)));
        }
        return b.build();
    }
}
