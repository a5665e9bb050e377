package dev.nuebpf.stdlib.filters;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.CellPathOps;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code reject}: removes columns (cell paths) or, given row numbers, rows. All row numbers refer to the input. */
public final class RejectCommand implements Command {
    private final Signature sig = Signature.build("reject", Category.FILTERS)
            .description("Remove the given columns or rows from the table. Opposite of `select`.")
            .rest("rest", SyntaxShape.CELL_PATH, "The names of columns to remove from the table.")
            .switchFlag("optional", "Make all cell path members optional.", 'o')
            .switchFlag("ignore-case", "Make all cell path members case insensitive.", null)
            .switchFlag("ignore-errors", "Ignore missing data (make all cell path members optional) (deprecated).", 'i')
            .io("record", "record").io("table", "table").io("list<any>", "list<any>")
            .searchTerms("drop", "key");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Drop a column of a table", "[[a b]; [1 2] [3 4]] | reject a", table(cols("b"), row(i(2)), row(i(4)))),
                Example.of("Drop a field of a record", "{a: 1, b: 2} | reject b", rec("a", i(1))),
                Example.of("Drop a nested field", "{a: {b: 1, c: 2}} | reject a.b", rec("a", rec("c", i(2)))),
                Example.of("Drop rows by number", "[10 20 30] | reject 2 0", ints(20)),
                Example.of("Ignore missing columns with --optional", "{a: 1} | reject --optional z", rec("a", i(1))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean optional = call.has("optional") || call.has("ignore-errors");
        boolean ci = call.has("ignore-case");
        Span src = Inputs.span(input);
        Value v = input.collect();
        if (!(v instanceof Value.ListV) && !(v instanceof dev.nuebpf.runtime.Record))
            throw ShellErrors.unsupportedInput("record or table", v, call.head(), src);
        Set<Long> rows = new HashSet<>();
        List<List<PathMember>> paths = new ArrayList<>();
        for (int k = 0; k < call.rest().size(); k++) {
            List<PathMember> p = CellPathOps.members(call.rest().get(k), call.restSpans().get(k));
            if (p.size() == 1 && p.get(0).isIndex() && v instanceof Value.ListV l) {
                if (!optional && !p.get(0).optional() && p.get(0).index() >= l.items().size())
                    throw ShellErrors.accessBeyondEnd(l.items().size(), p.get(0).span());
                rows.add(p.get(0).index());
            } else paths.add(p);
        }
        if (v instanceof Value.ListV l && !rows.isEmpty()) {
            List<Value> kept = new ArrayList<>();
            for (int k = 0; k < l.items().size(); k++) if (!rows.contains((long) k)) kept.add(l.items().get(k));
            v = new Value.ListV(kept);
        }
        for (List<PathMember> p : paths) v = CellPathOps.remove(v, p, optional, ci, src);
        return v instanceof Value.ListV l ? Inputs.stream(call, new ArrayList<>(l.items())) : PipelineData.of(v);
    }
}
