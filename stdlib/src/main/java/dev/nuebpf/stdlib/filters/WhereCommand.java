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
import java.util.List;

/**
 * {@code where}: keeps the rows for which the condition holds. A row condition ({@code where a > 1})
 * reaches us as a closure over the row (the interpreter binds $it and $in), so both forms are one case.
 */
public final class WhereCommand implements Command {
    private final Signature sig = Signature.build("where", Category.FILTERS)
            .description("Filter values of an input list based on a condition.")
            .extraDescription("A condition is evaluated for each element of the input, and only elements which meet the condition are included in the output.")
            .required("condition", SyntaxShape.ROW_CONDITION, "Filter row condition or closure.")
            .io("list<any>", "list<any>").io("table", "table").io("range", "any")
            .searchTerms("filter", "find", "search", "condition");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Keep the rows whose column passes a test", "[[n]; [1] [5] [9]] | where n > 3",
                        table(cols("n"), row(i(5)), row(i(9)))),
                Example.of("Filter plain values with $it", "[3 -1 4] | where $it > 0", ints(3, 4)),
                Example.of("Filter with a closure", "[3 -1 4] | where {|x| $x < 4 }", ints(3, -1)),
                Example.of("Filter a range", "1..6 | where {|x| $x mod 3 == 0 }", ints(3, 6)),
                Example.of("A stored closure works too", "let big = {|x| $x > 10 }; [5 50 500] | where $big", ints(50, 500)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value.ClosureV c = call.closureArg(0);
        return filter(call, input, c);
    }

    static PipelineData filter(Call call, PipelineData input, Value.ClosureV c) {
        return Inputs.map(call, Inputs.listIterator(call, input, "list, table or range"),
                row -> Closures.test(call, c, row) ? row : null);
    }
}
