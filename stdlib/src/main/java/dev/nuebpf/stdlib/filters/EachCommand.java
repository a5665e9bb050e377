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
import dev.nuebpf.diag.Span;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.Collections;
import java.util.List;

/**
 * {@code each}: runs a closure per row, lazily, so it works on endless streams. A failing closure's
 * error is wrapped as nu does ({@code eval_block_with_input}, the original as the inner error).
 */
public final class EachCommand implements Command {
    private final Signature sig = Signature.build("each", Category.FILTERS)
            .description("Run a closure on each row of the input list, creating a new list with the results.")
            .required("closure", SyntaxShape.CLOSURE, "The closure to run.")
            .switchFlag("keep-empty", "Keep empty result cells.", 'k')
            .switchFlag("flatten", "Combine outputs into a single stream instead of collecting them to separate values.", 'f')
            .io("any", "any").io("list<any>", "list<any>").io("table", "list<any>")
            .searchTerms("for", "loop", "iterate", "map");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Double every number of a list", "[1 2 3] | each {|n| 2 * $n }", ints(2, 4, 6)),
                Example.of("Use $in instead of a parameter", "[10 20] | each { $in + 1 }", ints(11, 21)),
                Example.of("Null results are dropped unless --keep-empty is given",
                        "[1 2 3] | each {|n| if $n == 2 { null } else { $n } }", ints(1, 3)),
                Example.of("Keep null results", "[1 2 3] | each --keep-empty {|n| if $n == 2 { null } else { $n } }",
                        list(i(1), nothing(), i(3))),
                Example.of("Splice list results into the output", "[1 2] | each --flatten {|n| [$n $n] }", ints(1, 1, 2, 2)),
                Example.of("A single record is passed to the closure once", "{a: 3} | each {|r| $r.a * 2 }", i(6)),
                Example.of("Each stays lazy on an endless range", "1.. | each {|n| $n * 3 } | first 3", ints(3, 6, 9)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value.ClosureV c = call.closureArg(0);
        boolean keepEmpty = call.has("keep-empty");
        if (Inputs.isNothing(input)) return PipelineData.EMPTY;
        if (!Inputs.isListLike(input)) return Closures.stream(call, c, input.collect());
        if (call.has("flatten")) {
            return Inputs.flatMap(call, input.iterator(), row -> {
                PipelineData out = Closures.stream(call, c, row);
                if (out instanceof PipelineData.Single s && s.value() == Value.NOTHING && !keepEmpty) return Collections.emptyIterator();
                return out.iterator();
            });
        }
        Span source = Inputs.span(input) != null ? Inputs.span(input) : call.head();
        return Inputs.map(call, input.iterator(), row -> {
            Value v;
            try {
                v = Closures.apply(call, c, row);
            } catch (dev.nuebpf.command.ShellException e) {
                throw ShellErrors.evalBlockWithInput(e, source);
            }
            return v == Value.NOTHING && !keepEmpty ? null : v;
        });
    }
}
