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
 * {@code group-by}: a record from each group's key (as text) to its rows; several groupers nest the
 * records. Rows whose key is null are left out. --to-table gives one row per group instead.
 */
public final class GroupByCommand implements Command {
    private final Signature sig = Signature.build("group-by", Category.FILTERS)
            .description("Splits a list or table into groups, and returns a record containing those groups.")
            .extraDescription("the group-by command makes some assumptions:\n    - if the input data is not a string, the grouper will convert the key to string but the values will remain in their original format.")
            .rest("grouper", SyntaxShape.CELL_PATH, "The path to the column to group on.")
            .switchFlag("to-table", "Return a table with \"groups\" and \"items\" columns.", null)
            .switchFlag("prune", "Remove a column after grouping, if applicable.", null)
            .io("list<any>", "any")
            .searchTerms("aggregate", "classify");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Group values by themselves", "[a b a] | group-by", rec("a", strs("a", "a"), "b", strs("b"))),
                Example.of("Group table rows by a column", "[[n k]; [1 x] [2 y] [3 x]] | group-by k",
                        rec("x", table(cols("n", "k"), row(i(1), s("x")), row(i(3), s("x"))), "y", table(cols("n", "k"), row(i(2), s("y"))))),
                Example.of("Group by a closure", "[1 2 3 4] | group-by {|x| $x mod 2 == 0 }", rec("false", ints(1, 3), "true", ints(2, 4))),
                Example.of("Group as a table", "[[a b]; [1 2] [1 3] [2 4]] | group-by a --to-table",
                        table(cols("a", "items"), row(s("1"), table(cols("a", "b"), row(i(1), i(2)), row(i(1), i(3)))),
                                row(s("2"), table(cols("a", "b"), row(i(2), i(4)))))),
                Example.of("Remove the grouping column", "[[a b]; [1 2] [1 3]] | group-by a --prune",
                        rec("1", table(cols("b"), row(i(2)), row(i(3))))),
                Example.of("Group by two columns", "[[a b]; [1 2] [1 3]] | group-by a b",
                        rec("1", rec("2", table(cols("a", "b"), row(i(1), i(2))), "3", table(cols("a", "b"), row(i(1), i(3)))))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<Value> rows = Inputs.listRows(call, input, "list");
        Span src = Inputs.span(input);
        List<Value> groupers = call.rest();
        if (call.has("to-table")) {
            List<String> names = new ArrayList<>();
            for (int k = 0; k < groupers.size(); k++)
                names.add(groupers.get(k) instanceof Value.ClosureV ? "closure_" + k : CellPathOps.text(CellPathOps.members(groupers.get(k), call.restSpans().get(k))));
            if (groupers.isEmpty()) names.add("group");
            List<Value> out = new ArrayList<>();
            toTable(call, rows, 0, Record.builder(), names, out, src);
            return Inputs.list(out);
        }
        return PipelineData.of(nest(call, rows, 0, src));
    }

    private Value nest(Call call, List<Value> rows, int level, Span src) {
        int levels = Math.max(1, call.rest().size());
        if (level == levels) return new Value.ListV(prune(call, rows));
        Record.Builder b = Record.builder();
        for (var e : groups(call, rows, level, src).entrySet()) b.put(e.getKey(), nest(call, e.getValue(), level + 1, src));
        return b.build();
    }

    private void toTable(Call call, List<Value> rows, int level, Record.Builder prefix, List<String> names, List<Value> out, Span src) {
        if (level == names.size()) {
            Record.Builder b = prefix.build().toBuilder();
            b.put("items", new Value.ListV(prune(call, rows)));
            out.add(b.build());
            return;
        }
        for (var e : groups(call, rows, level, src).entrySet()) {
            Record.Builder b = prefix.build().toBuilder();
            b.put(names.get(level), Value.of(e.getKey()));
            toTable(call, e.getValue(), level + 1, b, names, out, src);
        }
    }

    private java.util.LinkedHashMap<String, List<Value>> groups(Call call, List<Value> rows, int level, Span src) {
        Value grouper = call.rest().isEmpty() ? null : call.rest().get(level);
        List<PathMember> path = grouper == null || grouper instanceof Value.ClosureV ? null
                : CellPathOps.members(grouper, call.restSpans().get(level));
        // Grouped by the key's value first (text for every row cost a string each); keys whose texts coincide
        // ("1" and 1) share a group, in row order, so then the grouping is redone by text.
        Value[] keys = new Value[rows.size()];
        java.util.LinkedHashMap<Value, List<Value>> byValue = new java.util.LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Value row = rows.get(i);
            Value key;
            if (grouper == null) key = row;
            else if (grouper instanceof Value.ClosureV c) key = Closures.apply(call, c, row);
            else key = CellPathOps.follow(row, path, src, false, false);
            keys[i] = key;
            if (key == Value.NOTHING) continue;
            List<Value> g = byValue.get(key);
            if (g == null) byValue.put(key, g = new ArrayList<>());
            g.add(row);
        }
        java.util.LinkedHashMap<String, List<Value>> groups = new java.util.LinkedHashMap<>();
        for (var e : byValue.entrySet()) {
            if (groups.putIfAbsent(dev.nuebpf.format.ValueDisplay.toText(e.getKey()), e.getValue()) != null) return groupsByText(rows, keys);
        }
        return groups;
    }

    private static java.util.LinkedHashMap<String, List<Value>> groupsByText(List<Value> rows, Value[] keys) {
        java.util.LinkedHashMap<String, List<Value>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (keys[i] == Value.NOTHING) continue;
            groups.computeIfAbsent(dev.nuebpf.format.ValueDisplay.toText(keys[i]), k -> new ArrayList<>()).add(rows.get(i));
        }
        return groups;
    }

    /** With --prune, the grouping columns are removed from the grouped rows. */
    private List<Value> prune(Call call, List<Value> rows) {
        if (!call.has("prune")) return rows;
        List<Value> out = new ArrayList<>();
        for (Value row : rows) {
            Value r = row;
            for (int k = 0; k < call.rest().size(); k++) {
                Value g = call.rest().get(k);
                if (g instanceof Value.ClosureV) continue;
                r = CellPathOps.remove(r, CellPathOps.members(g, call.restSpans().get(k)), true, false, null);
            }
            out.add(r);
        }
        return out;
    }
}
