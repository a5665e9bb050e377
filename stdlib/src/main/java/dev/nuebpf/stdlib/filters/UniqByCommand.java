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
/** {@code uniq-by}: distinct rows judged by some columns only. */
public final class UniqByCommand implements Command {
    private final Signature sig = Signature.build("uniq-by", Category.FILTERS)
            .description("Return the distinct values in the input by the given column(s).")
            .rest("columns", SyntaxShape.ANY, "The column(s) to filter by.")
            .switchFlag("count", "Return a table containing the distinct input values together with their counts.", 'c')
            .switchFlag("keep-last", "Return the last occurrence of each unique value instead of the first.", 'l')
            .switchFlag("repeated", "Return the input values that occur more than once.", 'd')
            .switchFlag("ignore-case", "Ignore differences in case when comparing input values.", 'i')
            .switchFlag("unique", "Return the input values that occur once only.", 'u')
            .io("table", "table").io("list<any>", "list<any>")
            .searchTerms("distinct", "deduplicate");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Keep the first row of each fruit", "[[fruit count]; [apple 9] [apple 2] [pear 3]] | uniq-by fruit",
                        table(cols("fruit", "count"), row(s("apple"), i(9)), row(s("pear"), i(3)))),
                Example.of("Keep the last row of each fruit", "[[fruit count]; [apple 9] [apple 2] [pear 3]] | uniq-by fruit --keep-last",
                        table(cols("fruit", "count"), row(s("apple"), i(2)), row(s("pear"), i(3)))),
                Example.of("Count rows per key", "[[a b]; [1 2] [1 3]] | uniq-by a --count",
                        table(cols("value", "count"), row(rec("a", i(1), "b", i(2)), i(2)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean ci = call.has("ignore-case");
        if (call.rest().isEmpty()) throw ShellErrors.generic("expected name", "requires a column name to filter table data", call.head());
        List<Value> rows = Inputs.listRows(call, input, "table or list");
        List<String> names = new ArrayList<>();
        for (int k = 0; k < call.rest().size(); k++) {
            Value a = call.rest().get(k);
            names.add(a instanceof Value.CellPathV p ? CellPathOps.text(p.members()) : dev.nuebpf.command.Errors.expectString(a, call.restSpans().get(k)));
        }
        for (Value row : rows) {
            if (!(row instanceof Record r)) throw ShellErrors.unsupportedInput("table", row, call.head(), Inputs.span(input));
            for (int k = 0; k < names.size(); k++)
                if (!r.has(names.get(k))) throw ShellErrors.columnNotFound(names.get(k), call.restSpans().get(k), Inputs.span(input));
        }
        return PipelineData.of(Uniques.run(call, rows, row -> {
            Record.Builder b = Record.builder();
            for (String n : names) b.put(n, Uniques.fold(((Record) row).get(n), ci));
            return b.build();
        }, call.has("keep-last")));
    }
}
