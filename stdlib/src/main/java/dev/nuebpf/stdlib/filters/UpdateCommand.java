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
/** {@code update}: replaces an existing cell; fails if it is missing. */
public final class UpdateCommand implements Command {
    private final Signature sig = Signature.build("update", Category.FILTERS)
            .description("Update an existing column to have a new value.")
            .required("field", SyntaxShape.CELL_PATH, "The name of the column to update.")
            .required("replacement value", SyntaxShape.ANY, "The new value to give the cell(s), or a closure to create the value.")
            .io("record", "record").io("table", "table").io("list<any>", "list<any>")
            .searchTerms("change", "modify");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Update a field", "{a: 1, b: 2} | update b 5", rec("a", i(1), "b", i(5))),
                Example.of("Update a column from its old value", "[[n]; [1] [2]] | update n { $in * 100 }",
                        table(cols("n"), row(i(100)), row(i(200)))),
                Example.of("The closure receives the row", "[[a b]; [1 2]] | update b {|r| $r.a + $r.b }", table(cols("a", "b"), row(i(1), i(3)))),
                Example.of("Update an item of a list", "[1 2 3] | update 1 {|x| $x * 10 }", ints(1, 20, 3)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return Mutations.run(call, input, CellPathOps.Mode.UPDATE);
    }
}
