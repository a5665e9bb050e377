package dev.nuebpf.stdlib.filters;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
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
 * {@code sort-by}: sorts rows by keys taken with cell paths or key closures (compared in order), or,
 * with --custom, by closures that answer "does a come before b".
 */
public final class SortByCommand implements Command {
    private final Signature sig = Signature.build("sort-by", Category.FILTERS)
            .description("Sort by the given cell path or closure.")
            .rest("comparator", SyntaxShape.CELL_PATH, "The cell path(s) or closure(s) to compare elements by.")
            .switchFlag("reverse", "Sort in reverse order.", 'r')
            .switchFlag("ignore-case", "Sort string-based data case-insensitively.", 'i')
            .switchFlag("natural", "Sort alphanumeric string-based data naturally (1, 9, 10, 99, 100, ...).", 'n')
            .switchFlag("custom", "Use closures to specify a custom sort order, rather than to compute a comparison key.", 'c')
            .io("list<any>", "list<any>").io("table", "table").io("record", "table")
            .searchTerms("order");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Sort a table by a column", "[[name n]; [b 2] [a 1]] | sort-by n",
                        table(cols("name", "n"), row(s("a"), i(1)), row(s("b"), i(2)))),
                Example.of("Sort by a column, descending", "[[n]; [1] [3] [2]] | sort-by n --reverse",
                        table(cols("n"), row(i(3)), row(i(2)), row(i(1)))),
                Example.of("Sort by a key computed by a closure", "[abc a ab] | sort-by {|s| $s | str length }", strs("a", "ab", "abc")),
                Example.of("Sort by two columns", "[[a b]; [1 2] [0 5] [1 1]] | sort-by a b",
                        table(cols("a", "b"), row(i(0), i(5)), row(i(1), i(1)), row(i(1), i(2)))),
                Example.of("Sort with a custom comparison", "[3 1 2] | sort-by --custom {|a, b| $a > $b }", ints(3, 2, 1)),
                Example.of("Null keys sort last", "[[a]; [null] [1]] | sort-by a", table(cols("a"), row(i(1)), row(nothing()))));
    }

    /** A row's sort key: a missing column or row sorts as null; other misuse (a path into an int) is an error. */
    private static Value key(Value row, List<PathMember> path, Span src) {
        try {
            return CellPathOps.follow(row, path, src, false, false);
        } catch (ShellException e) {
            String code = e.diagnostic().code();
            if (code.equals("nu::shell::column_not_found") || code.equals("nu::shell::access_beyond_end") || code.equals("nu::shell::name_not_found"))
                return Value.NOTHING;
            throw e;
        }
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean ci = call.has("ignore-case"), nat = call.has("natural"), custom = call.has("custom");
        List<Value> rows = Inputs.listRows(call, input, "list, binary, range, or byte stream");
        Span src = Inputs.span(input);
        List<Value> args = call.rest();
        if (args.isEmpty())
            throw ShellException.of("nu::shell::missing_parameter", "Missing parameter: comparator.", call.head(), "missing parameter: comparator");
        java.util.Comparator<Value> cmp;
        if (custom) {
            cmp = (a, b) -> {
                for (Value arg : args) {
                    Value.ClosureV c = dev.nuebpf.command.Errors.expectClosure(arg, call.head());
                    if (Closures.test(call, c, List.of(a, b))) return -1;
                    if (Closures.test(call, c, List.of(b, a))) return 1;
                }
                return 0;
            };
        } else {
            // Keys are computed once per row so closures run n times, not n log n times.
            List<List<Value>> keys = new ArrayList<>();
            for (Value row : rows) {
                List<Value> k = new ArrayList<>();
                for (int j = 0; j < args.size(); j++) {
                    Value arg = args.get(j);
                    if (arg instanceof Value.ClosureV c) k.add(Closures.apply(call, c, row));
                    else k.add(key(row, CellPathOps.members(arg, call.restSpans().get(j)), src));
                }
                keys.add(k);
            }
            List<Integer> order = new ArrayList<>();
            for (int j = 0; j < rows.size(); j++) order.add(j);
            java.util.Comparator<Integer> byKey = (a, b) -> {
                List<Value> x = keys.get(a), y = keys.get(b);
                for (int j = 0; j < x.size(); j++) {
                    int c = dev.nuebpf.stdlib.common.Sorting.compare(x.get(j), y.get(j), ci, nat);
                    if (c != 0) return c;
                }
                return 0;
            };
            order.sort(byKey);
            if (call.has("reverse")) java.util.Collections.reverse(order);
            List<Value> out = new ArrayList<>();
            for (int j : order) out.add(rows.get(j));
            return Inputs.list(out);
        }
        rows.sort(cmp);
        if (call.has("reverse")) java.util.Collections.reverse(rows);
        return Inputs.list(rows);
    }
}
