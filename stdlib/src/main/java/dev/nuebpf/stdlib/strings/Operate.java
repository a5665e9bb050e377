package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Errors;
import dev.nuebpf.diag.Span;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.CellPaths;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.Values;
import dev.nuebpf.syntax.PathMember;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Nushell's "operate" pattern: apply an action to the input value, or to each item of a list/stream, or
 * (when cell paths are given) to the cells they name inside each item. Lists stay lists, streams stay
 * lazy streams.
 */
public final class Operate {
    private Operate() {}

    /** The cell paths given as the command's rest arguments. */
    public static List<List<PathMember>> cellPaths(Call call) {
        List<List<PathMember>> out = new ArrayList<>();
        List<Value> rest = call.rest();
        List<Span> spans = call.restSpans();
        for (int i = 0; i < rest.size(); i++) {
            Span s = spans != null && i < spans.size() ? spans.get(i) : call.head();
            out.add(members(rest.get(i), s));
        }
        return out;
    }

    /** The members of a rest argument given where a cell path is expected (a bare word or int also counts). */
    public static List<PathMember> members(Value v, Span span) {
        if (v instanceof Value.CellPathV cp) return cp.members();
        if (v instanceof Value.Str s) return List.of(PathMember.column(s.value(), false, span));
        if (v instanceof Value.Int i) return List.of(PathMember.index(i.value(), false, span));
        throw Errors.typeMismatch("cell-path", v, span);
    }

    /** Applies {@code action} to each item (no cell paths) or to each named cell of each item. */
    public static PipelineData map(PipelineData input, Call call, List<List<PathMember>> paths, UnaryOperator<Value> action) {
        if (paths.isEmpty()) return mapEach(input, action);
        Span head = call.head();
        return mapEach(input, v -> {
            Value cur = v;
            for (List<PathMember> p : paths) {
                // nu reports a scalar given a cell path as "doesn't support cell paths", not as a missing column
                if (!p.isEmpty() && !(cur instanceof Record) && !(cur instanceof Value.ListV) && !p.get(0).optional()) {
                    throw ShellException.of("nu::shell::incompatible_path_access", "Data cannot be accessed with a cell path",
                            p.get(0).span() == null ? head : p.get(0).span(), cur.typeName() + " doesn't support cell paths");
                }
                cur = CellPaths.update(cur, p, action, head);
            }
            return cur;
        });
    }

    /** Shorthand: rest arguments are the cell paths. */
    public static PipelineData map(PipelineData input, Call call, UnaryOperator<Value> action) {
        return map(input, call, cellPaths(call), action);
    }

    /** Maps the items of a list, range or stream (lazily for streams and ranges), or a single value itself. */
    public static PipelineData mapEach(PipelineData input, UnaryOperator<Value> f) {
        if (input instanceof PipelineData.Empty) return input;
        if (input instanceof PipelineData.Single s) {
            Value v = s.value();
            if (v instanceof Value.ListV l) {
                List<Value> out = new ArrayList<>(l.items().size());
                for (Value item : l.items()) out.add(f.apply(item));
                return PipelineData.of(new Value.ListV(out));
            }
            if (v instanceof Value.RangeV r) return PipelineData.stream(lazy(Values.rangeIterator(r), f), null);
            return PipelineData.of(f.apply(v));
        }
        if (input instanceof PipelineData.Stream st) return PipelineData.stream(lazy(st.source(), f), st.span());
        return PipelineData.of(f.apply(input.collect()));
    }

    static Iterator<Value> lazy(Iterator<Value> src, UnaryOperator<Value> f) {
        return new Iterator<>() {
            public boolean hasNext() { return src.hasNext(); }
            public Value next() { return f.apply(src.next()); }
        };
    }

    /** The usual error for a value of the wrong type reaching a string command. */
    public static RuntimeException notString(Call call, Value v) {
        if (v instanceof Value.ErrorV e) return propagate(e);
        return dev.nuebpf.stdlib.common.ShellErrors.unsupportedInput("string", v, call.head(), null);
    }

    /** An error value met in the input is raised as itself, as nu does with errors inside a list or stream. */
    public static ShellException propagate(Value.ErrorV e) {
        return new ShellException(e.diagnostic(), e.raw());
    }

    /** The string in {@code v}, or Nushell's "only string input" error. */
    public static String str(Call call, Value v) {
        if (v instanceof Value.Str s) return s.value();
        throw notString(call, v);
    }
}
