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
/** {@code every}: every n-th row starting with the first (or all the others with --skip). Lazy. */
public final class EveryCommand implements Command {
    private final Signature sig = Signature.build("every", Category.FILTERS)
            .description("Show (or skip) every n-th row, starting from the first one.")
            .required("stride", SyntaxShape.INT, "How many rows to skip between (and including) each row returned.")
            .switchFlag("skip", "Skip the rows that would be returned, instead of selecting them.", 's')
            .io("list<any>", "list<any>");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Every second row", "[1 2 3 4 5] | every 2", ints(1, 3, 5)),
                Example.of("Skip every second row", "[1 2 3 4 5] | every 2 --skip", ints(2, 4)),
                Example.of("Every third number", "[0 1 2 3 4 5 6 7] | every 3", ints(0, 3, 6)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        long stride = call.intArg(0);
        if (stride < 0) throw ShellErrors.needsPositive(call.positionalSpan(0));
        if (stride == 0) return Inputs.map(call, Inputs.listIterator(call, input, "list"), v -> v);
        boolean skip = call.has("skip");
        long[] idx = {0};
        return Inputs.map(call, Inputs.listIterator(call, input, "list"), v -> ((idx[0]++ % stride == 0) != skip) ? v : null);
    }
}
