package dev.nuebpf.stdlib.filters;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import dev.nuebpf.runtime.Values;
import dev.nuebpf.stdlib.common.CellPathOps;
import dev.nuebpf.stdlib.common.Closures;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.runtime.TypeNames;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
/** {@code items}: calls a closure with each key and value of a record, one result per field. */
public final class ItemsCommand implements Command {
    private final Signature sig = Signature.build("items", Category.FILTERS)
            .description("Given a record, iterate on each pair of column name and associated value.")
            .extraDescription("This is a the fusion of `columns`, `values` and `each`.")
            .required("closure", SyntaxShape.CLOSURE, "The closure to run.")
            .io("record", "any");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(Example.of("Format each key and value", "{new: york, san: francisco} | items {|key, value| $'($key) ($value)' }",
                strs("new york", "san francisco")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value.ClosureV c = call.closureArg(0);
        Value v = input.collect();
        if (!(v instanceof Record r)) throw ShellErrors.unsupportedInput("record", v, call.head(), Inputs.span(input));
        List<Value> out = new ArrayList<>();
        for (int k = 0; k < r.size(); k++) {
            out.add(Closures.apply(call, c, List.of(Value.of(r.keys().get(k)), r.values().get(k)), null));
        }
        return Inputs.stream(call, out);
    }
}
