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
/** {@code columns}: the column names of a record or table. */
public final class ColumnsCommand implements Command {
    private final Signature sig = Signature.build("columns", Category.FILTERS)
            .description("Given a record or table, produce a list of its columns' names.")
            .extraDescription("This is a counterpart to `values`, which produces a list of columns' values.")
            .io("table", "list<string>").io("record", "list<string>")
            .searchTerms("headers", "keys");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("The fields of a record", "{acronym: PWD, meaning: 'Print Working Directory'} | columns", strs("acronym", "meaning")),
                Example.of("The columns of a table", "[[name age grade]; [bill 20 a]] | columns", strs("name", "age", "grade")),
                Example.of("Columns of rows with different fields", "[{a: 1} {b: 2}] | columns", strs("a", "b")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value v = input.collect();
        if (v instanceof Record r) return PipelineData.of(new Value.ListV(r.keys().stream().map(k -> (Value) Value.of(k)).toList()));
        if (v instanceof Value.ListV l && l.items().stream().allMatch(x -> x instanceof Record))
            return PipelineData.of(new Value.ListV(Columns.of(l.items()).stream().map(k -> (Value) Value.of(k)).toList()));
        throw ShellErrors.unsupportedInput("record or table", v, call.head(), Inputs.span(input));
    }
}
