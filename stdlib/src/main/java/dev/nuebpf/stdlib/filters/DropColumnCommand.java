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
/** {@code drop column}: removes the last n columns (or the first n with --left) of a record or table. */
public final class DropColumnCommand implements Command {
    private final Signature sig = Signature.build("drop column", Category.FILTERS)
            .description("Remove N columns at the right-hand end of the input table. To remove columns by name, use `reject`.")
            .optional("columns", SyntaxShape.INT, "Starting from the end, the number of columns to remove.")
            .switchFlag("left", "Drop columns from the left.", 'l')
            .io("table", "table").io("record", "record")
            .searchTerms("delete", "remove");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Drop the last column of a table", "[[lib, extension]; [nu-lib, rs] [nu-core, rb]] | drop column",
                        table(cols("lib"), row(s("nu-lib")), row(s("nu-core")))),
                Example.of("Drop the last two fields of a record", "{a: 1, b: 2, c: 3} | drop column 2", rec("a", i(1))),
                Example.of("Drop the first column", "{a: 1, b: 2, c: 3} | drop column --left", rec("b", i(2), "c", i(3))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        long n = Counts.count(call, 0, 1, input);
        boolean left = call.has("left");
        Value v = input.collect();
        if (v instanceof Record r) return PipelineData.of(drop(r, r.keys(), n, left));
        if (v instanceof Value.ListV l) {
            // nu takes the columns to drop from the first row
            List<String> columns = !l.items().isEmpty() && l.items().get(0) instanceof Record first ? first.keys() : List.of();
            List<Value> out = new ArrayList<>();
            for (Value row : l.items()) out.add(row instanceof Record r ? drop(r, columns, n, left) : row);
            return Inputs.stream(call, out);
        }
        throw ShellErrors.unsupportedInput("table or record", v, call.head(), Inputs.span(input));
    }

    private static Record drop(Record r, List<String> columns, long n, boolean left) {
        int keep = (int) Math.max(0, columns.size() - n);
        List<String> gone = left ? columns.subList(0, columns.size() - keep) : columns.subList(keep, columns.size());
        Record.Builder b = Record.builder();
        for (int k = 0; k < r.size(); k++) if (!gone.contains(r.keys().get(k))) b.put(r.keys().get(k), r.values().get(k));
        return b.build();
    }
}
