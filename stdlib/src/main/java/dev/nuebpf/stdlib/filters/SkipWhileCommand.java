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

/** {@code skip while}: drops rows while they pass the predicate, then streams the rest. */
public final class SkipWhileCommand implements Command {
    private final Signature sig = Signature.build("skip while", Category.FILTERS)
            .description("Skip elements of the input while a predicate is true.")
            .required("predicate", SyntaxShape.CLOSURE, "The predicate that skipped element must match.")
            .io("list<any>", "list<any>").io("table", "table");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Skip the leading negative numbers", "[-2 0 2 -1] | skip while {|x| $x < 0 }", ints(0, 2, -1)),
                Example.of("Skip rows of a table", "[[a]; [-2] [0] [2]] | skip while {|r| $r.a < 0 }", table(cols("a"), row(i(0)), row(i(2)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PredicateStreams.skip(call, input, call.closureArg(0), true);
    }
}
