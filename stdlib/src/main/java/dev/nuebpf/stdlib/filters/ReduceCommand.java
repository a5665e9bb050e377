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
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.Iterator;
import java.util.List;

/**
 * {@code reduce}: folds from the left. The closure gets (item, accumulator) and the accumulator as
 * $in; without --fold the first item is the starting accumulator.
 */
public final class ReduceCommand implements Command {
    private final Signature sig = Signature.build("reduce", Category.FILTERS)
            .description("Aggregate a list (starting from the left) to a single value using an accumulator closure.")
            .required("closure", SyntaxShape.CLOSURE, "Reducing function.")
            .named("fold", SyntaxShape.ANY, "Reduce with initial value.", 'f')
            .io("list<any>", "any").io("table", "any").io("range", "any")
            .searchTerms("map", "fold", "foldl");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Sum a list", "[1 2 3 4] | reduce {|it, acc| $it + $acc }", i(10)),
                Example.of("Start from an initial value", "[1 2 3] | reduce --fold 10 {|it, acc| $acc + $it }", i(16)),
                Example.of("The accumulator is also $in", "[3 4] | reduce --fold 2 {|it| $in * $it }", i(24)),
                Example.of("Join strings", "[a b c] | reduce {|it, acc| $acc + '-' + $it }", s("a-b-c")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value.ClosureV c = call.closureArg(0);
        Iterator<Value> it = Inputs.listIterator(call, input, "list, table or range");
        Value acc = call.flag("fold");
        if (acc == null) {
            if (!it.hasNext()) throw ShellErrors.generic("Expected input", "needs input", call.head());
            acc = it.next();
        }
        while (it.hasNext()) {
            if (call.engine().interrupted()) break;
            acc = Closures.apply(call, c, List.of(it.next(), acc), acc);
        }
        return PipelineData.of(acc);
    }
}
