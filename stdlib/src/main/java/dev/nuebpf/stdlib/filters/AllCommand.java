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

/** {@code all}: false as soon as one row fails the predicate; true for empty input. */
public final class AllCommand implements Command {
    private final Signature sig = Signature.build("all", Category.FILTERS)
            .description("Test if every element of the input fulfills a predicate expression.")
            .required("predicate", SyntaxShape.ROW_CONDITION, "Row condition or closure that evaluates to a boolean.")
            .io("list<any>", "bool")
            .searchTerms("every", "and");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Are all services up?", "[[status]; [UP] [UP]] | all {|s| $s.status == UP }", b(true)),
                Example.of("Are all values strings?", "[a b 3] | all {|| ($in | describe) == 'string' }", b(false)),
                Example.of("Every element of an empty list passes", "[] | all {|x| false }", b(true)),
                Example.of("Compare the index and the item of each row", "[0 2 4] | enumerate | all {|r| $r.item == $r.index * 2 }", b(true)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value.ClosureV c = call.closureArg(0);
        Iterator<Value> it = Inputs.listIterator(call, input, "list<any>");
        while (it.hasNext()) if (!Closures.test(call, c, it.next())) return PipelineData.of(Value.Bool.FALSE);
        return PipelineData.of(Value.Bool.TRUE);
    }
}
