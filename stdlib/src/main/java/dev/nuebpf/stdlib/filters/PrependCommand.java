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

/** {@code prepend}: the argument's rows followed by the input's rows. */
public final class PrependCommand implements Command {
    private final Signature sig = Signature.build("prepend", Category.FILTERS)
            .description("Prepend any number of rows to a table.")
            .required("row", SyntaxShape.ANY, "The row, list, or table to prepend.")
            .io("any", "list<any>")
            .searchTerms("add", "concatenate");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Prepend one item", "[1 2 3] | prepend 0", ints(0, 1, 2, 3)),
                Example.of("Prepend a list to a single value", "3 | prepend [1 2]", ints(1, 2, 3)),
                Example.of("Prepend a range", "[3 4] | prepend 0..2", ints(0, 1, 2, 3, 4)),
                Example.of("Prepend to a string", "'x' | prepend 0", list(i(0), s("x"))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PipelineData.stream(Concat.of(List.of(Values.iterate(call.req(0)), input.iterator())), call.head());
    }
}
