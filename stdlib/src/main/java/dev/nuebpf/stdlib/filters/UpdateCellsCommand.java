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
/** {@code update cells}: runs a closure on every cell of a record or table (or only the given columns). */
public final class UpdateCellsCommand implements Command {
    private final Signature sig = Signature.build("update cells", Category.FILTERS)
            .description("Update the table cells.")
            .required("closure", SyntaxShape.CLOSURE, "The closure to run an update for each cell.")
            .named("columns", SyntaxShape.LIST, "List of columns to update.", 'c')
            .io("table", "table").io("record", "record");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Multiply every cell", "[[a b]; [1 2] [3 4]] | update cells {|v| $v * 10 }",
                        table(cols("a", "b"), row(i(10), i(20)), row(i(30), i(40)))),
                Example.of("Update only some columns", "[[a b]; [1 2]] | update cells --columns [a] {|v| $v * 10 }",
                        table(cols("a", "b"), row(i(10), i(2)))),
                Example.of("Update the fields of a record", "{a: 1, b: 2} | update cells { $in + 1 }", rec("a", i(2), "b", i(3))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value.ClosureV c = call.closureArg(0);
        Value cv = call.flag("columns");
        List<String> only = new ArrayList<>();
        if (cv != null) for (Iterator<Value> it = Values.iterate(cv); it.hasNext(); ) only.add(dev.nuebpf.format.ValueDisplay.toText(it.next()));
        java.util.function.Function<Record, Record> upd = r -> {
            Record.Builder b = Record.builder();
            for (int k = 0; k < r.size(); k++) {
                String key = r.keys().get(k);
                b.put(key, only.isEmpty() || only.contains(key) ? Closures.apply(call, c, r.values().get(k)) : r.values().get(k));
            }
            return b.build();
        };
        if (Inputs.isListLike(input)) return Inputs.map(call, input.iterator(), v -> v instanceof Record r ? upd.apply(r) : v);
        Value v = input.collect();
        if (v instanceof Record r) return PipelineData.of(upd.apply(r));
        throw ShellErrors.unsupportedInput("record or table", v, call.head(), Inputs.span(input));
    }
}
