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

/** {@code append}: the input's rows followed by the arguments' rows (lists and ranges are spliced in). Stays lazy. */
public final class AppendCommand implements Command {
    private final Signature sig = Signature.build("append", Category.FILTERS)
            .description("Append any number of rows to a table.")
            .required("row", SyntaxShape.ANY, "The row, list, or table to append.")
            .rest("rest", SyntaxShape.ANY, "Additional values to append.")
            .io("any", "list<any>")
            .searchTerms("add", "concatenate");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Append one item", "[0 1 2] | append 3", ints(0, 1, 2, 3)),
                Example.of("Append a list to a single value", "0 | append [1 2]", ints(0, 1, 2)),
                Example.of("Append a range", "[0 1] | append 2..4", ints(0, 1, 2, 3, 4)),
                Example.of("Append several values", "[0] | append [1 2] [3] [] 4", ints(0, 1, 2, 3, 4)),
                Example.of("A record is appended as one row", "{a: 1} | append {b: 2}", list(rec("a", i(1)), rec("b", i(2)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<Value> args = new ArrayList<>();
        args.add(call.req(0));
        args.addAll(call.rest());
        List<Iterator<Value>> parts = new ArrayList<>();
        parts.add(input.iterator());
        for (Value a : args) parts.add(Values.iterate(a));
        return PipelineData.stream(Concat.of(parts), call.head());
    }
}
