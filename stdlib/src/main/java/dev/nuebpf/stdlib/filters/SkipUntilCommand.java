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

/** {@code skip until}: drops rows until one passes the predicate, then streams from that row on. */
public final class SkipUntilCommand implements Command {
    private final Signature sig = Signature.build("skip until", Category.FILTERS)
            .description("Skip elements of the input until a predicate is true.")
            .required("predicate", SyntaxShape.CLOSURE, "The predicate that skipped element must not match.")
            .io("list<any>", "list<any>").io("table", "table");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Skip until a number is positive", "[-2 0 2 -1] | skip until {|x| $x > 0 }", ints(2, -1)),
                Example.of("Skip rows of a table", "[[a]; [-2] [0] [2]] | skip until {|r| $r.a > 0 }", table(cols("a"), row(i(2)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PredicateStreams.skip(call, input, call.closureArg(0), false);
    }
}
