package dev.nuebpf.stdlib.conversions;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Errors;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.PathMember;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The shape shared by nu's {@code into *} commands: convert the input value, each item of a list or stream,
 * or, when cell paths are given as rest arguments, only the cells they name (in a record or in every row of a table).
 */
public final class Operate {
    private Operate() {}

    /** Applies {@code f} as described above; streams stay lazy. */
    public static PipelineData map(Call call, PipelineData input, UnaryOperator<Value> f0) {
        List<List<PathMember>> paths = cellPaths(call);
        UnaryOperator<Value> f = v -> guarded(call, f0, v);
        UnaryOperator<Value> g = paths.isEmpty() ? f : v -> updatePaths(v, paths, f, call.head());
        if (input instanceof PipelineData.Single s && !(s.value() instanceof Value.ListV) && !(s.value() instanceof Value.RangeV)) {
            return PipelineData.of(g.apply(s.value()));
        }
        if (input instanceof PipelineData.Single s && s.value() instanceof Value.ListV l) {
            List<Value> out = new ArrayList<>(l.items().size());
            for (Value v : l.items()) out.add(g.apply(v));
            return PipelineData.of(new Value.ListV(out));
        }
        if (input instanceof PipelineData.Empty) return PipelineData.of(g.apply(Value.NOTHING));
        if (input instanceof PipelineData.ByteStream) return PipelineData.of(g.apply(input.collect()));
        Iterator<Value> it = input.iterator();
        return PipelineData.stream(new Iterator<>() {
            public boolean hasNext() { return it.hasNext(); }
            public Value next() { return g.apply(it.next()); }
        }, call.head());
    }

    /** Numeric overflow and out-of-range dates become nu errors at the command, never Java exceptions. */
    private static Value guarded(Call call, UnaryOperator<Value> f, Value v) {
        try {
            return f.apply(v);
        } catch (ArithmeticException | NumberFormatException | java.time.DateTimeException e) {
            throw dev.nuebpf.command.ShellException.of("nu::shell::cant_convert", "Can't convert to " + call.commandName().replace("into ", "") + ".",
                    call.head(), "can't convert " + v.typeName() + ": " + (e.getMessage() == null ? "value out of range" : e.getMessage()));
        }
    }

    /** The rest arguments as cell paths (strings are single-column paths). */
    public static List<List<PathMember>> cellPaths(Call call) {
        List<List<PathMember>> paths = new ArrayList<>();
        List<Value> rest = call.rest();
        for (int i = 0; i < rest.size(); i++) {
            Value v = rest.get(i);
            Span sp = i < call.restSpans().size() ? call.restSpans().get(i) : call.head();
            if (v instanceof Value.CellPathV c) paths.add(c.members());
            else if (v instanceof Value.Str s) paths.add(List.of(PathMember.column(s.value(), false, sp)));
            else if (v instanceof Value.Int n) paths.add(List.of(PathMember.index(n.value(), false, sp)));
            else throw Errors.typeMismatch("cell-path", v, sp);
        }
        return paths;
    }

    private static Value updatePaths(Value v, List<List<PathMember>> paths, UnaryOperator<Value> f, Span head) {
        for (List<PathMember> p : paths) v = update(v, p, 0, f, head);
        return v;
    }

    /** Replaces the cell at {@code path[from..]} with {@code f} of it; a column name on a list applies to every row. */
    public static Value update(Value v, List<PathMember> path, int from, UnaryOperator<Value> f, Span head) {
        if (from == path.size()) return f.apply(v);
        PathMember m = path.get(from);
        if (v instanceof Record r && !m.isIndex()) {
            String key = m.name();
            if (m.caseInsensitive()) for (String k : r.keys()) if (k.equalsIgnoreCase(key)) { key = k; break; }
            Value cur = r.get(key);
            if (cur == null) {
                if (m.optional()) return v;
                throw Errors.generic("Cannot find column '" + m.name() + "'", m.span() == null ? head : m.span(), "cannot find column '" + m.name() + "'");
            }
            return r.with(key, update(cur, path, from + 1, f, head));
        }
        if (v instanceof Value.ListV l) {
            List<Value> items = new ArrayList<>(l.items());
            if (m.isIndex()) {
                if (m.index() < 0 || m.index() >= items.size()) {
                    if (m.optional()) return v;
                    throw ShellExceptions.rowNotFound(m.index(), items.size(), m.span() == null ? head : m.span());
                }
                items.set((int) m.index(), update(items.get((int) m.index()), path, from + 1, f, head));
            } else {
                for (int i = 0; i < items.size(); i++) items.set(i, update(items.get(i), path, from, f, head));
            }
            return new Value.ListV(items);
        }
        if (m.optional()) return v;
        throw Errors.generic("Data cannot be accessed with a cell path", m.span() == null ? head : m.span(),
                v.typeName() + " doesn't support cell paths");
    }

    /** Small factories not (yet) in {@link Errors}. */
    static final class ShellExceptions {
        private ShellExceptions() {}

        static dev.nuebpf.command.ShellException rowNotFound(long index, int size, Span span) {
            return dev.nuebpf.command.ShellException.of("nu::shell::access_beyond_end", "Row number too large (max: " + (size - 1) + ").",
                    span, "index too large (max: " + (size - 1) + ")");
        }
    }
}
