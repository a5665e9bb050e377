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
import java.util.Iterator;
import java.util.List;

/** {@code any}: true as soon as one row satisfies the predicate (stops reading there). */
public final class AnyCommand implements Command {
    private final Signature sig = Signature.build("any", Category.FILTERS)
            .description("Tests if any element of the input fulfills a predicate expression.")
            .required("predicate", SyntaxShape.ROW_CONDITION, "Row condition or closure that evaluates to a boolean.")
            .io("list<any>", "bool")
            .searchTerms("some", "or");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Is some row down?", "[[status]; [UP] [DOWN] [UP]] | any status == DOWN", b(true)),
                Example.of("Is any number odd?", "[2 4 1 6] | any {|n| $n mod 2 == 1 }", b(true)),
                Example.of("Nothing matches in an empty list", "[] | any {|n| true }", b(false)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value.ClosureV c = call.closureArg(0);
        Iterator<Value> it = Inputs.listIterator(call, input, "list<any>");
        while (it.hasNext()) if (Closures.test(call, c, it.next())) return PipelineData.of(Value.Bool.TRUE);
        return PipelineData.of(Value.Bool.FALSE);
    }
}
