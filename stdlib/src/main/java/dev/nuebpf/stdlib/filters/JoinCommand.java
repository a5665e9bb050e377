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
 * {@code join}: relational join of the input (left) table with another on equal key columns.
 * Clashing right-hand columns get a suffix ("_" unless --prefix/--suffix say otherwise); rows without
 * a partner (left/right/outer joins) get nulls for the other side's columns.
 */
public final class JoinCommand implements Command {
    private final Signature sig = Signature.build("join", Category.FILTERS)
            .description("Join two tables.")
            .required("right-table", SyntaxShape.TABLE, "The right table in the join.")
            .required("left-on", SyntaxShape.STRING, "Name of column in input (left) table to join on.")
            .optional("right-on", SyntaxShape.STRING, "Name of column in right table to join on. Defaults to same column as left table.")
            .named("prefix", SyntaxShape.STRING, "Prefix columns from the right table with this string (excluding the shared join key).", 'p')
            .named("suffix", SyntaxShape.STRING, "Suffix columns from the right table with this string (excluding the shared join key).", 's')
            .switchFlag("inner", "Inner join (default).", 'i')
            .switchFlag("left", "Left-outer join.", 'l')
            .switchFlag("right", "Right-outer join.", 'r')
            .switchFlag("outer", "Outer join.", 'o')
            .io("table", "table")
            .searchTerms("sql");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Join two tables on a column", "[{a: 1, b: 2}] | join [{a: 1, c: 3}] a", table(cols("a", "b", "c"), row(i(1), i(2), i(3)))),
                Example.of("Clashing columns get a suffix", "[{id: 1, x: 10}] | join --suffix _r [{id: 1, x: 20}] id",
                        table(cols("id", "x", "x_r"), row(i(1), i(10), i(20)))),
                Example.of("A prefix renames all right-hand columns but the key", "[[a b]; [1 x]] | join --prefix r_ [[a c]; [1 y]] a",
                        table(cols("a", "b", "r_c"), row(i(1), s("x"), s("y")))),
                Example.of("Keep unmatched left rows", "[{id: 1, x: 10} {id: 2, x: 11}] | join --left [{id: 1, y: 20}] id",
                        table(cols("id", "x", "y"), row(i(1), i(10), i(20)), row(i(2), i(11), nothing()))),
                Example.of("Join on differently named columns", "[{a: 1, x: 10}] | join [{b: 1, y: 20}] a b",
                        table(cols("a", "x", "b", "y"), row(i(1), i(10), i(1), i(20)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value rv = call.req(0);
        List<Value> right = rv instanceof Value.ListV l ? l.items() : List.of(rv);
        List<Value> left = Inputs.listRows(call, input, "table");
        String leftOn = call.stringArg(1);
        String rightOn = call.positional(2) == null ? leftOn : call.stringArg(2);
        String prefix = call.stringFlag("prefix"), suffix = call.stringFlag("suffix");
        // An explicit prefix/suffix renames every right-hand column; by default only clashing ones get "_".
        boolean renameAll = prefix != null || suffix != null;
        if (!renameAll) suffix = "_";
        boolean l = call.has("left"), r = call.has("right"), o = call.has("outer");
        List<String> lcols = Columns.of(left), rcols = Columns.of(right);
        Shape shape = new Shape(lcols, rcols, leftOn, rightOn, prefix == null ? "" : prefix, suffix == null ? "" : suffix, renameAll);
        List<Value> out = new ArrayList<>();
        if (l || o) {
            java.util.Set<Integer> usedRight = new java.util.HashSet<>();
            for (Value lr : left) {
                boolean any = false;
                for (int k = 0; k < right.size(); k++) {
                    if (keyEq(lr, leftOn, right.get(k), rightOn)) {
                        out.add(shape.row(lr, right.get(k)));
                        usedRight.add(k);
                        any = true;
                    }
                }
                if (!any) out.add(shape.row(lr, null));
            }
            if (o) for (int k = 0; k < right.size(); k++) if (!usedRight.contains(k)) out.add(shape.row(null, right.get(k)));
        } else {
            for (Value rr : right) {
                boolean any = false;
                for (Value lr : left) {
                    if (keyEq(lr, leftOn, rr, rightOn)) {
                        out.add(shape.row(lr, rr));
                        any = true;
                    }
                }
                if (!any && r) out.add(shape.row(null, rr));
            }
        }
        return Inputs.list(out);
    }

    private static boolean keyEq(Value l, String lk, Value r, String rk) {
        Value a = l instanceof Record x ? x.get(lk) : null, b = r instanceof Record y ? y.get(rk) : null;
        return a != null && b != null && ValueOps.equal(a, b);
    }

    private record Shape(List<String> lcols, List<String> rcols, String leftOn, String rightOn, String prefix, String suffix, boolean renameAll) {
        Record row(Value l, Value r) {
            Record lr = l instanceof Record x ? x : Record.EMPTY, rr = r instanceof Record y ? y : Record.EMPTY;
            boolean sharedKey = leftOn.equals(rightOn);
            Record.Builder b = Record.builder();
            for (String c : lcols) {
                Value v = lr.get(c);
                if (v == null && l == null && sharedKey && c.equals(leftOn)) v = rr.get(rightOn);
                b.put(c, v == null ? Value.NOTHING : v);
            }
            for (String c : rcols) {
                if (sharedKey && c.equals(rightOn)) continue;
                String name = renameAll || lcols.contains(c) ? prefix + c + suffix : c;
                Value v = rr.get(c);
                b.put(name, v == null ? Value.NOTHING : v);
            }
            return b.build();
        }
    }
}
