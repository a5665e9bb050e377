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
 * {@code transpose}: columns become rows. Each output row starts with the column's name (unless
 * --ignore-titles) followed by that column's value in every input row; --header-row instead takes
 * the first column's values as the new column names.
 */
public final class TransposeCommand implements Command {
    private final Signature sig = Signature.build("transpose", Category.FILTERS)
            .description("Transposes the table contents so rows become columns and columns become rows.")
            .rest("rest", SyntaxShape.STRING, "The names to give columns once transposed.")
            .switchFlag("header-row", "Use the first input column as the table header-row (or keynames when combined with --as-record).", 'r')
            .switchFlag("ignore-titles", "Don't transpose the column names into values.", 'i')
            .switchFlag("as-record", "Transfer to record if the result is a table and contains only one row.", 'd')
            .switchFlag("keep-last", "On repetition of record fields due to `header-row`, keep the last value obtained.", 'l')
            .switchFlag("keep-all", "On repetition of record fields due to `header-row`, keep all the values obtained.", 'a')
            .io("table", "any").io("record", "table")
            .searchTerms("pivot");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Turn a record into a key/value table", "{a: 1, b: 2} | transpose",
                        table(cols("column0", "column1"), row(s("a"), i(1)), row(s("b"), i(2)))),
                Example.of("Name the new columns", "{a: 1, b: 2} | transpose key value",
                        table(cols("key", "value"), row(s("a"), i(1)), row(s("b"), i(2)))),
                Example.of("Transpose a table", "[[a b]; [1 2] [3 4]] | transpose",
                        table(cols("column0", "column1", "column2"), row(s("a"), i(1), i(3)), row(s("b"), i(2), i(4)))),
                Example.of("Leave out the column names", "[[a b]; [1 2]] | transpose --ignore-titles",
                        table(cols("column0"), row(i(1)), row(i(2)))),
                Example.of("Use the first column as header", "[[k v]; [a 1] [b 2]] | transpose --header-row",
                        table(cols("a", "b"), row(i(1), i(2)))),
                Example.of("Get a record back", "[[k v]; [a 1] [b 2]] | transpose --header-row --as-record", rec("a", i(1), "b", i(2))),
                Example.of("Keep all values of repeated keys", "[[k v]; [a 1] [a 2]] | transpose --header-row --keep-all",
                        table(cols("a"), row(ints(1, 2)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value v = input.collect();
        List<Value> rows;
        if (v instanceof Record r) rows = List.of(r);
        else if (v instanceof Value.ListV l && l.items().stream().allMatch(x -> x instanceof Record)) rows = l.items();
        else throw ShellErrors.unsupportedInput("table or record", v, call.head(), Inputs.span(input));
        List<String> names = new ArrayList<>();
        for (Value n : call.rest()) names.add(dev.nuebpf.format.ValueDisplay.toText(n));
        List<String> columns = Columns.of(rows);
        List<Value> out = new ArrayList<>();
        if (call.has("header-row")) {
            if (columns.isEmpty()) return Inputs.list(out);
            String keyCol = columns.get(0);
            for (String c : columns.subList(1, columns.size())) {
                Record.Builder b = Record.builder();
                java.util.Map<String, List<Value>> all = new java.util.LinkedHashMap<>();
                for (Value row : rows) {
                    String key = dev.nuebpf.format.ValueDisplay.toText(cell((Record) row, keyCol));
                    Value x = cell((Record) row, c);
                    if (call.has("keep-all")) all.computeIfAbsent(key, k -> new ArrayList<>()).add(x);
                    else if (!b.has(key) || call.has("keep-last")) b.put(key, x);
                }
                if (call.has("keep-all"))
                    for (var e : all.entrySet()) b.put(e.getKey(), e.getValue().size() == 1 ? e.getValue().get(0) : new Value.ListV(e.getValue()));
                out.add(b.build());
            }
        } else {
            boolean titles = !call.has("ignore-titles");
            for (String c : columns) {
                Record.Builder b = Record.builder();
                int k = 0;
                if (titles) b.put(name(names, k++), Value.of(c));
                for (Value row : rows) b.put(name(names, k++), cell((Record) row, c));
                out.add(b.build());
            }
        }
        if (call.has("as-record") && out.size() == 1) return PipelineData.of(out.get(0));
        return Inputs.stream(call, out);
    }

    private static String name(List<String> names, int k) { return k < names.size() ? names.get(k) : "column" + k; }

    private static Value cell(Record r, String c) {
        Value x = r.get(c);
        return x == null ? Value.NOTHING : x;
    }
}
