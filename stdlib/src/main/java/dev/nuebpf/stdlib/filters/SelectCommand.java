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
import dev.nuebpf.stdlib.common.CellPathOps;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code select}: keeps columns (by cell path; the new column is named after the path, e.g. "a.b")
 * or, when every argument is a row number, the rows at those numbers (in input order).
 */
public final class SelectCommand implements Command {
    private final Signature sig = Signature.build("select", Category.FILTERS)
            .description("Select only these columns or rows from the input. Opposite of `reject`.")
            .rest("rest", SyntaxShape.CELL_PATH, "The columns to select from the table.")
            .switchFlag("optional", "Make all cell path members optional (returns `null` for missing values).", 'o')
            .switchFlag("ignore-case", "Make all cell path members case insensitive.", null)
            .switchFlag("ignore-errors", "Ignore missing data (make all cell path members optional) (deprecated).", 'i')
            .io("record", "record").io("table", "table").io("list<any>", "any").io("any", "any")
            .searchTerms("pick", "choose", "get");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Keep one column of a table", "[[a b]; [1 2] [3 4]] | select a", table(cols("a"), row(i(1)), row(i(3)))),
                Example.of("Pick fields of a record in a new order", "{a: 1, b: 2, c: 3} | select c a", rec("c", i(3), "a", i(1))),
                Example.of("A nested path names its column after the path", "{a: {b: 1, c: 2}} | select a.b", rec("a.b", i(1))),
                Example.of("Select rows by number", "[[a]; [x] [y] [z]] | select 0 2", table(cols("a"), row(s("x")), row(s("z")))),
                Example.of("Select items of a list", "[5 6 7] | select 2 0", ints(5, 7)),
                Example.of("Missing columns become null with --optional", "[{a: 1} {b: 2}] | select --optional a",
                        table(cols("a"), row(i(1)), row(nothing()))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean optional = call.has("optional") || call.has("ignore-errors");
        boolean ci = call.has("ignore-case");
        List<List<PathMember>> paths = new ArrayList<>();
        for (int k = 0; k < call.rest().size(); k++) paths.add(CellPathOps.members(call.rest().get(k), call.restSpans().get(k)));
        Span src = Inputs.span(input);
        if (paths.isEmpty()) return input;
        boolean rowsOnly = paths.stream().allMatch(p -> p.size() == 1 && p.get(0).isIndex());
        if (rowsOnly && (Inputs.isListLike(input))) {
            TreeSet<Long> wanted = new TreeSet<>();
            for (List<PathMember> p : paths) wanted.add(p.get(0).index());
            List<Value> out = new ArrayList<>();
            long idx = 0;
            var it = input.iterator();
            while (it.hasNext() && idx <= wanted.last()) {
                Value v = it.next();
                if (wanted.contains(idx++)) out.add(v);
            }
            return Inputs.list(out);
        }
        Value v = input.collect();
        if (v instanceof Record r) return PipelineData.of(pick(r, paths, src, optional, ci));
        if (v instanceof Value.ListV l) {
            List<Value> out = new ArrayList<>();
            for (Value row : l.items()) {
                if (call.engine().interrupted()) break;
                out.add(pick(row, paths, src, optional, ci));
            }
            return Inputs.stream(call, out);
        }
        throw ShellErrors.unsupportedInput("record or table", v, call.head(), src);
    }

    private static Record pick(Value row, List<List<PathMember>> paths, Span src, boolean optional, boolean ci) {
        Record.Builder b = Record.builder();
        for (List<PathMember> p : paths) {
            String name = CellPathOps.text(p);
            if (b.has(name)) continue;
            b.put(name, CellPathOps.follow(row, p, src, optional, ci));
        }
        return b.build();
    }
}
