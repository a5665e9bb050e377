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

/** {@code take while}: a lazy prefix of the rows that pass the predicate. */
public final class TakeWhileCommand implements Command {
    private final Signature sig = Signature.build("take while", Category.FILTERS)
            .description("Take elements of the input while a predicate is true.")
            .required("predicate", SyntaxShape.CLOSURE, "The predicate that element(s) must match.")
            .named("include", SyntaxShape.INT, "Include extra items after the stream would otherwise have stopped. `0` is a no-op.", 'i')
            .io("list<any>", "list<any>").io("table", "table");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Take while the numbers are negative", "[-1 -2 9 1] | take while {|x| $x < 0 }", ints(-1, -2)),
                Example.of("Take one extra item after the predicate fails", "[1 2 3 4 5] | take while {|x| $x < 3 } --include 1", ints(1, 2, 3)),
                Example.of("Take rows of a table", "[[a]; [1] [2] [-1]] | take while {|r| $r.a > 0 }", table(cols("a"), row(i(1)), row(i(2)))),
                Example.of("Works on endless streams", "1.. | each { $in } | take while {|x| $x < 4 }", ints(1, 2, 3)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PredicateStreams.take(call, input, call.closureArg(0), true, call.intFlag("include"));
    }
}
