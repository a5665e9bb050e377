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
/** {@code shuffle}: the rows in a random order. */
public final class ShuffleCommand implements Command {
    private final Signature sig = Signature.build("shuffle", Category.FILTERS)
            .description("Shuffle rows randomly.")
            .io("list<any>", "list<any>");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(Example.of("Shuffling keeps the items (sorted here to compare)", "[2 3 1] | shuffle | sort", ints(1, 2, 3)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<Value> rows = Inputs.listRows(call, input, "list");
        java.util.Collections.shuffle(rows);
        return Inputs.stream(call, rows);
    }
}
