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
/** {@code upsert}: update when the cell exists, insert otherwise. */
public final class UpsertCommand implements Command {
    private final Signature sig = Signature.build("upsert", Category.FILTERS)
            .description("Update an existing column to have a new value, or insert a new column.")
            .required("field", SyntaxShape.CELL_PATH, "The name of the column to update or insert.")
            .required("replacement value", SyntaxShape.ANY, "The new value to give the cell(s), or a closure to create the value.")
            .io("record", "record").io("table", "table").io("list<any>", "list<any>")
            .searchTerms("add", "change");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Replace an existing field", "{a: 1} | upsert a 2", rec("a", i(2))),
                Example.of("Add a missing field", "{a: 1} | upsert b 2", rec("a", i(1), "b", i(2))),
                Example.of("Rows without the column get it", "[{a: 1} {b: 2}] | upsert a 5", list(rec("a", i(5)), rec("b", i(2), "a", i(5)))),
                Example.of("Append to a list by upserting the next index", "[1 2] | upsert 2 3", ints(1, 2, 3)),
                Example.of("Compute from the old value (null when missing)", "[{n: 1} {}] | upsert n { default 0 | $in + 1 }",
                        list(rec("n", i(2)), rec("n", i(1)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return Mutations.run(call, input, CellPathOps.Mode.UPSERT);
    }
}
