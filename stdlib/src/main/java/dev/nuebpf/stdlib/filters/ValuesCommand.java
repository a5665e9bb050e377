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
/** {@code values}: the field values of a record, or for a table one list per column (of the rows that have it). */
public final class ValuesCommand implements Command {
    private final Signature sig = Signature.build("values", Category.FILTERS)
            .description("Given a record or table, produce a list of its columns' values.")
            .extraDescription("This is a counterpart to `columns`, which produces a list of columns' names.")
            .io("record", "list<any>").io("table", "list<any>");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("The values of a record", "{a: 1, b: x} | values", list(i(1), s("x"))),
                Example.of("A table gives one list per column", "[[a b]; [1 2] [3 4]] | values", list(ints(1, 3), ints(2, 4))),
                Example.of("Rows without a column add nothing to its list", "[{a: 1} {b: 2}] | values", list(ints(1), ints(2))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value v = input.collect();
        if (v instanceof Record r) return Inputs.stream(call, new ArrayList<>(r.values()));
        if (v instanceof Value.ListV l && l.items().stream().allMatch(x -> x instanceof Record)) {
            List<Value> out = new ArrayList<>();
            for (String c : Columns.of(l.items())) {
                List<Value> col = new ArrayList<>();
                for (Value row : l.items()) {
                    Value x = ((Record) row).get(c);
                    if (x != null) col.add(x);
                }
                out.add(new Value.ListV(col));
            }
            return Inputs.stream(call, out);
        }
        throw ShellErrors.unsupportedInput("record or table", v, call.head(), Inputs.span(input));
    }
}
