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
/** {@code uniq}: the distinct rows, first occurrence kept, in input order. */
public final class UniqCommand implements Command {
    private final Signature sig = Signature.build("uniq", Category.FILTERS)
            .description("Return the distinct values in the input.")
            .switchFlag("count", "Return a table containing the distinct input values together with their counts.", 'c')
            .switchFlag("repeated", "Return the input values that occur more than once.", 'd')
            .switchFlag("ignore-case", "Compare input values case-insensitively.", 'i')
            .switchFlag("unique", "Return the input values that occur once only.", 'u')
            .io("list<any>", "list<any>")
            .searchTerms("distinct", "deduplicate", "count");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Remove duplicates", "[2 3 3 4] | uniq", ints(2, 3, 4)),
                Example.of("Only the values that repeat", "[1 2 2] | uniq --repeated", ints(2)),
                Example.of("Only the values that occur once", "[1 2 2] | uniq --unique", ints(1)),
                Example.of("Compare case-insensitively", "['hello' 'goodbye' 'Hello'] | uniq --ignore-case", strs("hello", "goodbye")),
                Example.of("Count each value", "[1 2 2] | uniq --count",
                        table(cols("value", "count"), row(i(1), i(1)), row(i(2), i(2)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean ci = call.has("ignore-case");
        List<Value> rows = Inputs.listRows(call, input, "list");
        return PipelineData.of(Uniques.run(call, rows, v -> Uniques.fold(v, ci), false));
    }
}
