package dev.nuebpf.stdlib.core;

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
/** {@code headers}: the first row's values become the column names of the remaining rows. */
public final class HeadersCommand implements Command {
    private final Signature sig = Signature.build("headers", Category.CORE)
            .description("Use the first row of the table as column names.")
            .io("table", "table");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Promote the first row to headers", "[[x y]; [a b] [1 2]] | headers", table(cols("a", "b"), row(i(1), i(2)))),
                Example.of("Cells a row lacks stay out of it", "[{x: a, y: b}, {x: 1, z: 3}] | headers", list(rec("a", i(1)))),
                Example.of("Numbers become text headers", "[[x y]; [1 2] [3 4]] | headers", table(cols("1", "2"), row(i(3), i(4)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<Value> rows = Inputs.listRows(call, input, "table");
        if (rows.isEmpty()) return Inputs.list(rows);
        if (!(rows.get(0) instanceof Record head)) throw ShellErrors.unsupportedInput("table", rows.get(0), call.head(), Inputs.span(input));
        List<String> names = new ArrayList<>();
        for (Value v : head.values()) {
            if (v instanceof Record || v instanceof Value.ListV)
                throw ShellErrors.typeMismatch("needs compatible type: Null, String, Bool, Float, Int", call.head());
            names.add(dev.nuebpf.format.ValueDisplay.toText(v));
        }
        List<Value> out = new ArrayList<>();
        for (Value row : rows.subList(1, rows.size())) {
            if (!(row instanceof Record r)) continue;
            Record.Builder b = Record.builder();
            for (int k = 0; k < head.size(); k++) {
                Value x = r.get(head.keys().get(k));
                if (x != null) b.put(names.get(k), x);
            }
            out.add(b.build());
        }
        return Inputs.list(out);
    }
}
