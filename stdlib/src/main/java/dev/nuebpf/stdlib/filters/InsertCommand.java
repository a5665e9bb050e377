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
/** {@code insert}: adds a column or list item; fails if it exists already. */
public final class InsertCommand implements Command {
    private final Signature sig = Signature.build("insert", Category.FILTERS)
            .description("Insert a new column, using an expression or closure to create each row's values.")
            .required("field", SyntaxShape.CELL_PATH, "The name of the column to insert.")
            .required("new value", SyntaxShape.ANY, "The new value to give the cell(s).")
            .io("record", "record").io("table", "table").io("list<any>", "list<any>")
            .searchTerms("add");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Insert a field into a record", "{a: 1} | insert b 2", rec("a", i(1), "b", i(2))),
                Example.of("Insert a computed column", "[[a]; [1] [2]] | insert b {|r| $r.a * 10 }",
                        table(cols("a", "b"), row(i(1), i(10)), row(i(2), i(20)))),
                Example.of("Insert into a list at a position", "[1 3] | insert 1 2", ints(1, 2, 3)),
                Example.of("Insert a nested field", "{a: {b: 1}} | insert a.c 2", rec("a", rec("b", i(1), "c", i(2)))),
                Example.of("Missing parents are created", "{a: 1} | insert b.c 3", rec("a", i(1), "b", rec("c", i(3)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return Mutations.run(call, input, CellPathOps.Mode.INSERT);
    }
}
