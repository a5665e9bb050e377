package dev.nuebpf.stdlib.filters;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code take until}: a lazy prefix of the rows before the first one that passes the predicate. */
public final class TakeUntilCommand implements Command {
    private final Signature sig = Signature.build("take until", Category.FILTERS)
            .description("Take elements of the input until a predicate is true.")
            .required("predicate", SyntaxShape.CLOSURE, "The predicate that element(s) must not match.")
            .named("include", SyntaxShape.INT, "Include extra items after the stream would otherwise have stopped. `0` is a no-op.", 'i')
            .io("list<any>", "list<any>").io("table", "table");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Take until a number is positive", "[-1 -2 9 1] | take until {|x| $x > 0 }", ints(-1, -2)),
                Example.of("Take extra items after the stop", "[1 2 3 4 5] | take until {|x| $x > 3 } --include 2", ints(1, 2, 3, 4, 5)),
                Example.of("Take rows of a table", "[[a]; [1] [2] [-1]] | take until {|r| $r.a < 0 }", table(cols("a"), row(i(1)), row(i(2)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PredicateStreams.take(call, input, call.closureArg(0), false, call.intFlag("include"));
    }
}
