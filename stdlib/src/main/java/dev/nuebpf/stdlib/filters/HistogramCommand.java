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
 * {@code histogram}: counts each distinct value (of the input or of a column), most frequent first,
 * with its share (quantile, percentage) and a bar of stars, one per percent.
 */
public final class HistogramCommand implements Command {
    private final Signature sig = Signature.build("histogram", Category.FILTERS)
            .description("Creates a new table with a histogram based on the column name passed in.")
            .optional("column-name", SyntaxShape.STRING, "Column name to calc frequency, no need to provide if input is a list.")
            .optional("frequency-column-name", SyntaxShape.STRING, "Histogram's frequency column, default to be frequency column output.")
            .named("percentage-type", SyntaxShape.STRING, "percentage calculate method, can be 'normalize' or 'relative', in 'normalize', defaults to be 'normalize'", 't')
            .io("list<any>", "table");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Count the values of a list", "[1 2 1 1] | histogram | reject frequency",
                        table(cols("value", "count", "quantile", "percentage"), row(i(1), i(3), f(0.75), s("75.00%")), row(i(2), i(1), f(0.25), s("25.00%")))),
                Example.of("Shares relative to the most frequent value", "[a b a] | histogram --percentage-type relative | get percentage",
                        strs("100.00%", "50.00%")),
                Example.of("A histogram of a column, with a named bar column", "[[c]; [x] [y] [x] [x]] | histogram c bar | get bar.1",
                        s("*".repeat(25))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String column = call.positional(0) == null ? null : call.stringArg(0);
        String freqName = call.positional(1) == null ? "frequency" : call.stringArg(1);
        String type = call.stringFlag("percentage-type");
        if (type == null) type = "normalize";
        if (!type.equals("normalize") && !type.equals("relative"))
            throw ShellErrors.incorrectValue("expected 'normalize' or 'relative'", call.flagSpan("percentage-type"));
        List<Value> rows = Inputs.listRows(call, input, "list");
        java.util.LinkedHashMap<Value, Integer> counts = new java.util.LinkedHashMap<>();
        int total = 0;
        for (Value row : rows) {
            Value v = row;
            if (column != null) {
                v = row instanceof Record r ? r.get(column) : null;
                if (v == null) continue;
            }
            counts.merge(v, 1, Integer::sum);
            total++;
        }
        if (column != null && total == 0 && !rows.isEmpty())
            throw ShellErrors.columnNotFound(column, call.positionalSpan(0), Inputs.span(input));
        int max = counts.values().stream().mapToInt(x -> x).max().orElse(1);
        List<java.util.Map.Entry<Value, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> a.getValue().equals(b.getValue()) ? dev.nuebpf.stdlib.common.Sorting.compare(a.getKey(), b.getKey(), false, false)
                : Integer.compare(b.getValue(), a.getValue()));
        String valueName = column == null || List.of("value", "count", "quantile", "percentage", freqName).contains(column) ? "value" : column;
        List<Value> out = new ArrayList<>();
        for (var e : entries) {
            double q = (double) e.getValue() / (type.equals("normalize") ? total : max);
            out.add(Record.builder().put(valueName, e.getKey()).put("count", Value.Int.of(e.getValue()))
                    .put("quantile", new Value.Float(q)).put("percentage", Value.of(String.format(java.util.Locale.ROOT, "%.2f%%", q * 100)))
                    .put(freqName, Value.of("*".repeat((int) Math.floor(q * 100)))).build());
        }
        return Inputs.list(out);
    }
}
