package dev.nuebpf.runtime;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.syntax.PathMember;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Following and rewriting values along cell paths ({@code $x.a.0}, {@code get}, {@code update},
 * {@code insert}, {@code upsert}, {@code reject}) with Nushell's errors. Shared by the interpreter's
 * cell-path access nodes and by the commands. {@code origin} is the span of the value being accessed
 * ("value originates here"); it may be null.
 */
public final class CellPaths {
    private CellPaths() {}

    /** {@code value.members...}; an optional member that misses makes the whole result null. */
    public static Value follow(Value value, List<PathMember> members, Span origin) {
        Value cur = value;
        for (int i = 0; i < members.size(); i++) {
            PathMember m = members.get(i);
            cur = step(cur, m, origin);
            if (cur == null) return Value.NOTHING;
        }
        return cur;
    }

    /** One step; returns null when an optional member misses. */
    private static Value step(Value cur, PathMember m, Span origin) {
        if (m.isIndex()) {
            if (cur instanceof Value.ListV l) return index(l.items(), m, origin);
            if (cur instanceof Value.RangeV r) {
                List<Value> taken = new ArrayList<>();
                Iterator<Value> it = Values.rangeIterator(r);
                while (it.hasNext() && taken.size() <= m.index()) taken.add(it.next());
                return index(taken, m, origin);
            }
            if (cur instanceof Value.Binary b) {
                if (m.index() < b.bytes().length) return Value.of((long) (b.bytes()[(int) m.index()] & 0xff));
                if (m.optional()) return null;
                throw beyondEnd(m, b.bytes().length);
            }
            if (cur instanceof Record r) {
                // nu falls back to a column literally named by the digits
                Value byName = r.get(Long.toString(m.index()));
                if (byName != null) return byName;
                if (m.optional()) return null;
                throw ShellException.of("nu::shell::type_mismatch", "Type mismatch.", m.span(),
                        "Can't access record values with a row index. Try specifying a column name instead");
            }
            if (cur == Value.NOTHING && m.optional()) return null;
            if (m.optional()) return null;
            throw incompatible(cur, m);
        }
        if (cur instanceof Record r) {
            Value v = column(r, m);
            if (v != null) return v;
            if (m.optional()) return null;
            throw columnNotFound(m.name(), m.span(), origin);
        }
        if (cur instanceof Value.ListV l) {
            List<Value> out = new ArrayList<>(l.items().size());
            for (Value item : l.items()) {
                if (item instanceof Record r) {
                    Value v = column(r, m);
                    if (v == null) {
                        if (!m.optional()) throw columnNotFound(m.name(), m.span(), origin);
                        v = Value.NOTHING;
                    }
                    out.add(v);
                } else if (item == Value.NOTHING && m.optional()) {
                    out.add(Value.NOTHING);
                } else {
                    if (m.optional()) {
                        out.add(Value.NOTHING);
                        continue;
                    }
                    throw columnNotFound(m.name(), m.span(), origin);
                }
            }
            return new Value.ListV(out);
        }
        if (m.optional()) return null;
        throw incompatible(cur, m);
    }

    private static Value column(Record r, PathMember m) {
        Value v = r.get(m.name());
        if (v != null || !m.caseInsensitive()) return v;
        for (int i = 0; i < r.size(); i++) if (r.keys().get(i).equalsIgnoreCase(m.name())) return r.values().get(i);
        return null;
    }

    private static Value index(List<Value> items, PathMember m, Span origin) {
        long i = m.index();
        if (i >= 0 && i < items.size()) return items.get((int) i);
        if (m.optional()) return null;
        throw beyondEnd(m, items.size());
    }

    // ---- rewriting ----------------------------------------------------------------------------

    /** Replaces the value at the path with {@code f(old)}; the path must exist. */
    public static Value update(Value value, List<PathMember> path, UnaryOperator<Value> f, Span origin) {
        return rewrite(value, path, 0, f, Mode.UPDATE, origin);
    }

    /** Sets the value at the path, creating missing record columns (nu's {@code upsert}). */
    public static Value upsert(Value value, List<PathMember> path, UnaryOperator<Value> f, Span origin) {
        return rewrite(value, path, 0, f, Mode.UPSERT, origin);
    }

    /** Adds a value at the path; the last member must not exist yet ({@code insert}). */
    public static Value insert(Value value, List<PathMember> path, UnaryOperator<Value> f, Span origin) {
        return rewrite(value, path, 0, f, Mode.INSERT, origin);
    }

    private enum Mode { UPDATE, UPSERT, INSERT }

    private static Value rewrite(Value cur, List<PathMember> path, int at, UnaryOperator<Value> f, Mode mode, Span origin) {
        if (at == path.size()) return f.apply(cur);
        PathMember m = path.get(at);
        boolean last = at == path.size() - 1;
        if (m.isIndex()) {
            if (!(cur instanceof Value.ListV l)) {
                if (cur instanceof Record) {
                    throw ShellException.of("nu::shell::type_mismatch", "Type mismatch.", m.span(),
                            "Can't access record values with a row index. Try specifying a column name instead");
                }
                throw incompatible(cur, m);
            }
            List<Value> items = new ArrayList<>(l.items());
            long i = m.index();
            if (i < items.size()) {
                if (last && mode == Mode.INSERT) {
                    items.add((int) i, f.apply(Value.NOTHING));
                } else {
                    items.set((int) i, rewrite(items.get((int) i), path, at + 1, f, mode, origin));
                }
            } else if (i == items.size() && mode != Mode.UPDATE) {
                items.add(rewrite(Record.EMPTY, path, at + 1, f, mode, origin));
            } else if (mode == Mode.INSERT) {
                throw new ShellException(Diagnostic.builder("nu::shell::access_beyond_end",
                                "Inserted at wrong row number (should be " + items.size() + ").")
                        .label(m.span(), "can't insert at index (the next available index is " + items.size() + ")").build());
            } else {
                if (m.optional()) return cur;
                throw beyondEnd(m, items.size());
            }
            return new Value.ListV(items);
        }
        if (cur instanceof Record r) {
            Value old = column(r, m);
            String key = old == null ? m.name() : actualKey(r, m);
            if (old == null) {
                if (mode == Mode.UPDATE) {
                    if (m.optional()) return cur;
                    throw missingInSome(m, origin);
                }
                return r.with(key, rewrite(Record.EMPTY, path, at + 1, f, mode, origin));
            }
            if (last && mode == Mode.INSERT) throw alreadyExists(m, origin);
            return r.with(key, rewrite(old, path, at + 1, f, mode, origin));
        }
        if (cur instanceof Value.ListV l) {
            if (at + 1 < path.size() && path.get(at + 1).isIndex()) {
                // nu reads `$t.col.0` as row 0's col; rewriting follows the same row
                List<PathMember> swapped = new ArrayList<>(path);
                swapped.set(at, path.get(at + 1));
                swapped.set(at + 1, m);
                return rewrite(cur, swapped, at, f, mode, origin);
            }
            List<Value> out = new ArrayList<>(l.items().size());
            for (Value item : l.items()) out.add(rewrite(item, path, at, f, mode, origin));
            return new Value.ListV(out);
        }
        if (m.optional()) return cur;
        if (mode == Mode.UPDATE) throw missingInSome(m, origin);
        throw incompatible(cur, m);
    }

    private static String actualKey(Record r, PathMember m) {
        if (r.has(m.name())) return m.name();
        for (String k : r.keys()) if (k.equalsIgnoreCase(m.name())) return k;
        return m.name();
    }

    /** Removes the value at the path ({@code reject}). */
    public static Value reject(Value cur, List<PathMember> path, Span origin) {
        if (path.isEmpty()) return cur;
        PathMember m = path.get(0);
        boolean last = path.size() == 1;
        List<PathMember> rest = path.subList(1, path.size());
        if (m.isIndex()) {
            if (!(cur instanceof Value.ListV l)) throw incompatible(cur, m);
            long i = m.index();
            if (i >= l.items().size()) {
                if (m.optional()) return cur;
                throw beyondEnd(m, l.items().size());
            }
            List<Value> items = new ArrayList<>(l.items());
            if (last) items.remove((int) i);
            else items.set((int) i, reject(items.get((int) i), rest, origin));
            return new Value.ListV(items);
        }
        if (cur instanceof Record r) {
            Value old = column(r, m);
            if (old == null) {
                if (m.optional()) return cur;
                throw missingInSome(m, origin);
            }
            String key = actualKey(r, m);
            return last ? r.without(key) : r.with(key, reject(old, rest, origin));
        }
        if (cur instanceof Value.ListV l) {
            List<Value> out = new ArrayList<>(l.items().size());
            for (Value item : l.items()) out.add(reject(item, path, origin));
            return new Value.ListV(out);
        }
        if (m.optional()) return cur;
        throw incompatible(cur, m);
    }

    // ---- errors -------------------------------------------------------------------------------

    public static ShellException columnNotFound(String name, Span span, Span origin) {
        Diagnostic.Builder b = Diagnostic.builder("nu::shell::column_not_found", "Cannot find column '" + name + "'");
        b.label(span, "cannot find column '" + name + "'");
        if (origin != null) b.label(origin, "value originates here");
        return new ShellException(b.build());
    }

    private static ShellException missingInSome(PathMember m, Span origin) {
        Diagnostic.Builder b = Diagnostic.builder("nu::shell::column_not_found", "Cannot find column '" + m.name() + "'");
        b.label(m.span(), "column '" + m.name() + "' is missing in one or more values");
        if (origin != null) b.label(origin, "value originates here");
        return new ShellException(b.build());
    }

    private static ShellException alreadyExists(PathMember m, Span origin) {
        Diagnostic.Builder b = Diagnostic.builder("nu::shell::column_already_exists", "Column already exists");
        b.label(m.span(), "column '" + m.name() + "' already exists");
        if (origin != null) b.label(origin, "value originates here");
        return new ShellException(b.build());
    }

    public static ShellException beyondEnd(PathMember m, int size) {
        if (size == 0) {
            return ShellException.of("nu::shell::access_beyond_end", "Row number too large (empty content).", m.span(),
                    "index too large (empty content)");
        }
        return ShellException.of("nu::shell::access_beyond_end", "Row number too large (max: " + (size - 1) + ").", m.span(),
                "index too large (max: " + (size - 1) + ")");
    }

    private static ShellException incompatible(Value cur, PathMember m) {
        return ShellException.of("nu::shell::incompatible_path_access", "Data cannot be accessed with a cell path", m.span(),
                cur.typeName() + " doesn't support cell paths");
    }
}
