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

/** {@code enumerate}: wraps each row as {@code {index, item}}, lazily. */
public final class EnumerateCommand implements Command {
    private final Signature sig = Signature.build("enumerate", Category.FILTERS)
            .description("Enumerate the elements in a stream.")
            .io("any", "table")
            .searchTerms("itemize");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Number the items of a list", "[a b c] | enumerate",
                        table(cols("index", "item"), row(i(0), s("a")), row(i(1), s("b")), row(i(2), s("c")))),
                Example.of("A single value becomes one row", "5 | enumerate", table(cols("index", "item"), row(i(0), i(5)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        long[] idx = {0};
        return Inputs.map(call, input.iterator(), v -> Record.of("index", Value.Int.of(idx[0]++), "item", v));
    }
}
