package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.PathMember;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reading and rewriting the cell a cell path names, with Nushell's errors. Commands such as
 * {@code str upcase col} and {@code math sum col} rewrite cells in place and keep everything else.
 */
public final class CellPaths {
    private CellPaths() {}

    /** The members of a rest argument given where a cell path is expected (a bare word or int also counts). */
    public static List<PathMember> members(Value v, Span span) {
        if (v instanceof Value.CellPathV cp) return cp.members();
        if (v instanceof Value.Str s) return List.of(PathMember.column(s.value(), false, span));
        if (v instanceof Value.Int i) return List.of(PathMember.index(i.value(), false, span));
        throw dev.nuebpf.command.Errors.typeMismatch("cell-path", v, span);
    }

    /** A copy of {@code v} in which the cell at {@code path} is replaced by {@code f} of its old value. */
    public static Value update(Value v, List<PathMember> path, UnaryOperator<Value> f, Span head) {
        return update(v, path, 0, f, head);
    }

    private static Value update(Value v, List<PathMember> path, int at, UnaryOperator<Value> f, Span head) {
        if (at == path.size()) return f.apply(v);
        PathMember m = path.get(at);
        Span span = m.span() == null ? head : m.span();
        if (v instanceof Value.ErrorV) return v;
        if (!m.isIndex()) {
            if (v instanceof Record r) {
                String key = findKey(r, m);
                if (key == null) {
                    if (m.optional()) return v;
                    throw columnNotFound(m.name(), span, head);
                }
                return r.with(key, update(r.get(key), path, at + 1, f, head));
            }
            if (v instanceof Value.ListV l) {
                List<Value> out = new ArrayList<>(l.items().size());
                for (Value item : l.items()) out.add(update(item, path, at, f, head));
                return new Value.ListV(out);
            }
            if (m.optional() && v == Value.NOTHING) return v;
            throw incompatible(v, span);
        }
        if (v instanceof Value.ListV l) {
            long i = m.index();
            if (i < 0 || i >= l.items().size()) {
                if (m.optional()) return v;
                throw ShellException.of("nu::shell::access_beyond_end", "Row number too large (max: "
                        + (l.items().size() - 1) + ").", span, "index too large (max: " + (l.items().size() - 1) + ")");
            }
            List<Value> out = new ArrayList<>(l.items());
            out.set((int) i, update(l.items().get((int) i), path, at + 1, f, head));
            return new Value.ListV(out);
        }
        if (m.optional() && v == Value.NOTHING) return v;
        throw incompatible(v, span);
    }

    /** The value at {@code path}, or null when an optional member is missing. */
    public static Value get(Value v, List<PathMember> path, Span head) {
        Value cur = v;
        for (PathMember m : path) {
            Span span = m.span() == null ? head : m.span();
            if (!m.isIndex()) {
                if (cur instanceof Record r) {
                    String key = findKey(r, m);
                    if (key == null) {
                        if (m.optional()) return Value.NOTHING;
                        throw columnNotFound(m.name(), span, head);
                    }
                    cur = r.get(key);
                } else if (cur instanceof Value.ListV l) {
                    List<Value> out = new ArrayList<>();
                    for (Value item : l.items()) out.add(get(item, List.of(m), head));
                    cur = new Value.ListV(out);
                } else if (m.optional() && cur == Value.NOTHING) {
                    return Value.NOTHING;
                } else {
                    throw incompatible(cur, span);
                }
            } else if (cur instanceof Value.ListV l) {
                if (m.index() < 0 || m.index() >= l.items().size()) {
                    if (m.optional()) return Value.NOTHING;
                    throw ShellException.of("nu::shell::access_beyond_end", "Row number too large.", span, "index too large");
                }
                cur = l.items().get((int) m.index());
            } else {
                if (m.optional()) return Value.NOTHING;
                throw incompatible(cur, span);
            }
        }
        return cur;
    }

    private static String findKey(Record r, PathMember m) {
        if (r.has(m.name())) return m.name();
        if (m.caseInsensitive()) for (String k : r.keys()) if (k.equalsIgnoreCase(m.name())) return k;
        return null;
    }

    static ShellException columnNotFound(String name, Span span, Span head) {
        return new ShellException(dev.nuebpf.diag.Diagnostic.builder("nu::shell::column_not_found", "Cannot find column '" + name + "'")
                .label(span, "cannot find column '" + name + "'")
                .label(head, "value originates here").build());
    }

    private static ShellException incompatible(Value v, Span span) {
        return ShellException.of("nu::shell::incompatible_path_access", "Data cannot be accessed with a cell path", span,
                v.typeName() + " doesn't support cell paths");
    }
}
