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

/** {@code reverse}: the rows in reverse order (collects the input). */
public final class ReverseCommand implements Command {
    private final Signature sig = Signature.build("reverse", Category.FILTERS)
            .description("Reverses the input list or table.")
            .io("list<any>", "list<any>")
            .searchTerms("convert", "inverse", "flip");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Reverse a list", "[0 1 2 3] | reverse", ints(3, 2, 1, 0)),
                Example.of("Reverse a table", "[{a: 1} {a: 2}] | reverse", list(rec("a", i(2)), rec("a", i(1)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<Value> rows = Inputs.listRows(call, input, "list");
        java.util.Collections.reverse(rows);
        return Inputs.stream(call, rows);
    }
}
