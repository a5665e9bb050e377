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
/**
 * {@code rotate}: turns a table a quarter clockwise: each column becomes a row holding the column's
 * values from the last row to the first, then the column's name (--ccw: name first, columns reversed).
 */
public final class RotateCommand implements Command {
    private final Signature sig = Signature.build("rotate", Category.FILTERS)
            .description("Rotates a table or record clockwise (default) or counter-clockwise (use --ccw flag).")
            .rest("rest", SyntaxShape.STRING, "The names to give columns once rotated.")
            .switchFlag("ccw", "Rotate counter clockwise.", null)
            .io("record", "table").io("table", "table")
            .searchTerms("transpose", "pivot");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Rotate a record", "{a: 1, b: 2} | rotate", table(cols("column0", "column1"), row(i(1), s("a")), row(i(2), s("b")))),
                Example.of("Rotate a table", "[[a b]; [1 2] [3 4]] | rotate",
                        table(cols("column0", "column1", "column2"), row(i(3), i(1), s("a")), row(i(4), i(2), s("b")))),
                Example.of("Name the new columns", "[[a b]; [1 2]] | rotate x y", table(cols("x", "y"), row(i(1), s("a")), row(i(2), s("b")))),
                Example.of("Rotate counter-clockwise", "[[a b]; [1 2] [3 4]] | rotate --ccw",
                        table(cols("column0", "column1", "column2"), row(s("b"), i(2), i(4)), row(s("a"), i(1), i(3)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value v = input.collect();
        List<Value> rows;
        if (v instanceof Record r) rows = List.of(r);
        else if (v instanceof Value.ListV l && Inputs.isTable(l)) rows = l.items();
        else throw ShellErrors.unsupportedInput("table or record", v, call.head(), Inputs.span(input));
        List<String> names = new ArrayList<>();
        for (Value n : call.rest()) names.add(dev.nuebpf.format.ValueDisplay.toText(n));
        List<String> columns = new ArrayList<>(Columns.of(rows));
        boolean ccw = call.has("ccw");
        if (ccw) java.util.Collections.reverse(columns);
        List<Value> out = new ArrayList<>();
        for (String c : columns) {
            List<Value> cells = new ArrayList<>();
            for (Value row : rows) {
                Value x = ((Record) row).get(c);
                cells.add(x == null ? Value.NOTHING : x);
            }
            if (ccw) cells.add(0, Value.of(c));
            else {
                java.util.Collections.reverse(cells);
                cells.add(Value.of(c));
            }
            Record.Builder b = Record.builder();
            for (int k = 0; k < cells.size(); k++) b.put(k < names.size() ? names.get(k) : "column" + k, cells.get(k));
            out.add(b.build());
        }
        return Inputs.list(out);
    }
}
