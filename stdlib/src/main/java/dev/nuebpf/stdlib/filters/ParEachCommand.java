package dev.nuebpf.stdlib.filters;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.Closures;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code par-each}: Nushell runs the closure on a thread pool. The interpreter's closures are not
 * thread-safe, so rows are processed one after another; the output is therefore always in input
 * order, which is one valid order of the parallel command (and the one --keep-order asks for).
 */
public final class ParEachCommand implements Command {
    private final Signature sig = Signature.build("par-each", Category.FILTERS)
            .description("Run a closure on each row of the input list in parallel, creating a new list with the results.")
            .required("closure", SyntaxShape.CLOSURE, "The closure to run.")
            .named("threads", SyntaxShape.INT, "The number of threads to use.", 't')
            .switchFlag("keep-order", "Keep sequence of output same as the order of input.", 'k')
            .io("any", "any").io("list<any>", "list<any>").io("table", "list<any>");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Multiply each number, keeping the input order", "[1 2 3] | par-each --keep-order {|n| $n * 2 }", ints(2, 4, 6)),
                Example.of("Sorting the output gives a stable result", "1..3 | par-each {|n| $n * 10 } | sort", ints(10, 20, 30)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value.ClosureV c = call.closureArg(0);
        Long threads = call.intFlag("threads");
        if (threads != null && threads < 0) throw dev.nuebpf.stdlib.common.ShellErrors.needsPositive(call.flagSpan("threads"));
        if (Inputs.isNothing(input)) return PipelineData.EMPTY;
        if (!Inputs.isListLike(input)) return PipelineData.of(Closures.apply(call, c, input.collect()));
        List<Value> out = new ArrayList<>();
        for (Value row : Inputs.rows(input)) {
            if (call.engine().interrupted()) break;
            Value v = Closures.apply(call, c, row);
            if (v != Value.NOTHING) out.add(v);
        }
        return Inputs.list(out);
    }
}
