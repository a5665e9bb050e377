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

/** {@code filter}: the older, closure-only spelling of {@code where} (deprecated in nu, still accepted). */
public final class FilterCommand implements Command {
    private final Signature sig = Signature.build("filter", Category.FILTERS)
            .description("Filter values based on a predicate closure.")
            .required("closure", SyntaxShape.CLOSURE, "The closure to use as a filter predicate.")
            .io("list<any>", "list<any>").io("range", "list<any>")
            .searchTerms("where", "find", "search", "condition");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Keep the even numbers", "[1 2 3 4] | filter {|x| $x mod 2 == 0 }", ints(2, 4)),
                Example.of("Filter table rows", "[{a: 1} {a: 2}] | filter {|r| $r.a > 1 }", list(rec("a", i(2)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return WhereCommand.filter(call, input, call.closureArg(0));
    }
}
