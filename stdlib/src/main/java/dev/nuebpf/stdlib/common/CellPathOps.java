package dev.nuebpf.stdlib.common;

import dev.nuebpf.runtime.TypeNames;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.Values;
import dev.nuebpf.syntax.PathMember;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Following and rewriting cell paths ({@code a.0.b}) on values, as get/select/insert/update/upsert/reject
 * need them. A column member applied to a list applies to every row, as Nushell does.
 */
public final class CellPathOps {
    private CellPathOps() {}

    public enum Mode { UPDATE, INSERT, UPSERT }

    /** A cell-path argument as members: cell paths as given, strings as one column, ints as one index. */
    public static List<PathMember> members(Value v, Span span) {
        if (v instanceof Value.CellPathV p) {
            for (PathMember m : p.members())
                if (m.isIndex() && m.index() < 0) throw ShellErrors.cantConvert("cell path", "negative number", m.span() == null ? span : m.span());
            return p.members();
        }
        if (v instanceof Value.Str s) return List.of(PathMember.column(s.value(), false, span));
        if (v instanceof Value.Int i) {
            if (i.value() < 0) throw ShellErrors.cantConvert("cell path", "negative number", span);
            return List.of(PathMember.index(i.value(), false, span));
        }
        throw ShellErrors.typeMismatch("expected cell path, found " + TypeNames.of(v), span);
    }

    /** The path as Nushell prints it ({@code a.0.b}). */
    public static String text(List<PathMember> path) {
        StringBuilder sb = new StringBuilder();
        for (PathMember m : path) sb.append(sb.isEmpty() ? "" : ".").append(m.isIndex() ? Long.toString(m.index()) : m.name());
        return sb.toString();
    }

    /**
     * Follows the path. An optional member (or {@code allOptional}) that misses yields nothing; a
     * non-optional miss raises column_not_found / access_beyond_end.
     */
    public static Value follow(Value v, List<PathMember> path, Span srcSpan, boolean allOptional, boolean ignoreCase) {
        Value cur = v;
        for (int pi = 0; pi < path.size(); pi++) {  // indexed: this runs once per row
            PathMember m = path.get(pi);
            boolean opt = allOptional || m.optional();
            boolean ci = ignoreCase || m.caseInsensitive();
            if (m.isIndex()) {
                if (cur instanceof Value.ListV l) {
                    if (m.index() >= 0 && m.index() < l.items().size()) cur = l.items().get((int) m.index());
                    else if (opt) return Value.NOTHING;
                    else throw ShellErrors.accessBeyondEnd(l.items().size(), m.span());
                } else if (cur instanceof Value.RangeV r) {
                    Iterator<Value> it = Values.iterate(r);
                    Value found = null;
                    for (long i = 0; it.hasNext(); i++) {
                        Value x = it.next();
                        if (i == m.index()) { found = x; break; }
                    }
                    if (found == null) {
                        if (opt) return Value.NOTHING;
                        throw ShellErrors.accessBeyondEnd((int) Math.min(Integer.MAX_VALUE, m.index()), m.span());
                    }
                    cur = found;
                } else if (cur == Value.NOTHING && opt) {
                    return Value.NOTHING;
                } else if (cur instanceof Record) {
                    if (opt) return Value.NOTHING;
                    throw ShellErrors.recordIndex(m.span());
                } else {
                    if (opt) return Value.NOTHING;
                    throw ShellErrors.incompatiblePathAccess(cur, m.span());
                }
            } else {
                if (cur instanceof Record r) {
                    Value x = column(r, m.name(), ci);
                    if (x == null) {
                        if (opt) return Value.NOTHING;
                        for (String k : r.keys())
                            if (k.equalsIgnoreCase(m.name()))
                                throw ShellException.of("nu::shell::name_not_found", "Name not found", m.span(), "did you mean '" + k + "'?");
                        throw ShellErrors.columnNotFound(m.name(), m.span(), srcSpan);
                    }
                    cur = x;
                } else if (cur instanceof Value.ListV l) {
                    List<Value> out = new ArrayList<>();
                    for (Value item : l.items()) {
                        Value x = item instanceof Record r ? column(r, m.name(), ci) : null;
                        if (x == null) {
                            if (!opt) {
                                if (item instanceof Record || item == Value.NOTHING || isScalar(item))
                                    throw ShellErrors.columnNotFound(m.name(), m.span(), srcSpan);
                                throw ShellErrors.incompatiblePathAccess(item, m.span());
                            }
                            x = Value.NOTHING;
                        }
                        out.add(x);
                    }
                    cur = new Value.ListV(out);
                } else if (cur == Value.NOTHING && opt) {
                    return Value.NOTHING;
                } else {
                    if (opt) return Value.NOTHING;
                    throw ShellErrors.incompatiblePathAccess(cur, m.span());
                }
            }
        }
        return cur;
    }

    private static boolean isScalar(Value v) {
        return !(v instanceof Value.ListV) && !(v instanceof Record);
    }

    /** A record's column, matching the name case-insensitively when asked; null if absent. */
    public static Value column(Record r, String name, boolean ignoreCase) {
        Value v = r.get(name);
        if (v != null || !ignoreCase) return v;
        for (int i = 0; i < r.size(); i++) if (r.keys().get(i).equalsIgnoreCase(name)) return r.values().get(i);
        return null;
    }

    /**
     * Rewrites the value at {@code path}: {@code repl} receives the old value (null when absent) and
     * returns the new one. UPDATE requires the path to exist, INSERT requires it not to, UPSERT either.
     */
    public static Value mutate(Value v, List<PathMember> path, Mode mode, UnaryOperator<Value> repl, Span srcSpan) {
        return mutate(v, path, 0, mode, repl, srcSpan);
    }

    private static Value mutate(Value v, List<PathMember> path, int i, Mode mode, UnaryOperator<Value> repl, Span srcSpan) {
        if (i == path.size()) return repl.apply(v);
        PathMember m = path.get(i);
        boolean last = i == path.size() - 1;
        if (!m.isIndex()) {
            if (v instanceof Record r) {
                String key = m.name();
                if (m.caseInsensitive() && !r.has(key))
                    for (String k : r.keys()) if (k.equalsIgnoreCase(key)) key = k;
                boolean exists = r.has(key);
                if (last) {
                    if (mode == Mode.UPDATE && !exists) {
                        if (m.optional()) return r;
                        throw ShellErrors.columnNotFound(m.name(), m.span(), srcSpan);
                    }
                    if (mode == Mode.INSERT && exists) throw ShellErrors.columnAlreadyExists(m.name(), m.span(), srcSpan);
                    return r.with(key, repl.apply(exists ? r.get(key) : null));
                }
                if (exists) return r.with(key, mutate(r.get(key), path, i + 1, mode, repl, srcSpan));
                if (mode == Mode.UPDATE) {
                    if (m.optional()) return r;
                    throw ShellErrors.columnNotFound(m.name(), m.span(), srcSpan);
                }
                return r.with(key, build(path, i + 1, repl));
            }
            if (v instanceof Value.ListV l) {
                if (!last && path.get(i + 1).isIndex()) {
                    // column.N on a table addresses row N of that column, i.e. N.column
                    List<PathMember> swapped = new ArrayList<>(path);
                    swapped.set(i, path.get(i + 1));
                    swapped.set(i + 1, m);
                    return mutate(v, swapped, i, mode, repl, srcSpan);
                }
                List<Value> out = new ArrayList<>(l.items().size());
                for (Value item : l.items()) out.add(mutate(item, path, i, mode, repl, srcSpan));
                return new Value.ListV(out);
            }
            if (v == Value.NOTHING && mode != Mode.UPDATE) return build(path, i, repl);
            if (m.optional()) return v;
            if (mode == Mode.INSERT)
                throw new dev.nuebpf.command.ShellException(dev.nuebpf.diag.Diagnostic.builder("nu::shell::unsupported_input", "Unsupported input")
                        .label(m.span(), "input type: " + TypeNames.of(v)).label(srcSpan, "table or record").build());
            throw ShellErrors.columnNotFound(m.name(), m.span(), srcSpan);
        }
        if (v instanceof Value.ListV l) {
            List<Value> items = new ArrayList<>(l.items());
            long idx = m.index();
            int size = items.size();
            if (idx < size && idx >= 0) {
                if (last && mode == Mode.INSERT) {
                    // the closure of `insert N {..}` sees the item currently at N
                    items.add((int) idx, repl.apply(items.get((int) idx)));
                } else {
                    items.set((int) idx, last ? repl.apply(items.get((int) idx)) : mutate(items.get((int) idx), path, i + 1, mode, repl, srcSpan));
                }
                return new Value.ListV(items);
            }
            if (mode == Mode.UPDATE) {
                if (m.optional()) return v;
                throw ShellErrors.accessBeyondEnd(size, m.span());
            }
            if (idx == size && last) {
                items.add(repl.apply(null));
                return new Value.ListV(items);
            }
            if (idx == size) throw ShellErrors.accessBeyondEnd(size, m.span());
            throw ShellErrors.insertBeyondEnd(size, m.span());
        }
        if (v instanceof Record) throw ShellErrors.recordIndex(m.span());
        if (m.optional()) return v;
        throw ShellErrors.incompatiblePathAccess(v, m.span());
    }

    /** A fresh value holding the new value at the rest of the path (records for columns, one-item lists for index 0). */
    private static Value build(List<PathMember> path, int i, UnaryOperator<Value> repl) {
        if (i == path.size()) return repl.apply(null);
        PathMember m = path.get(i);
        if (m.isIndex()) {
            if (m.index() != 0) throw ShellErrors.insertBeyondEnd(0, m.span());
            return new Value.ListV(List.of(build(path, i + 1, repl)));
        }
        return Record.of(m.name(), build(path, i + 1, repl));
    }

    /** Removes the cell at {@code path} (reject). A missing non-optional member raises column_not_found. */
    public static Value remove(Value v, List<PathMember> path, boolean allOptional, boolean ignoreCase, Span srcSpan) {
        return remove(v, path, 0, allOptional, ignoreCase, srcSpan);
    }

    private static Value remove(Value v, List<PathMember> path, int i, boolean allOpt, boolean ci, Span srcSpan) {
        PathMember m = path.get(i);
        boolean last = i == path.size() - 1;
        boolean opt = allOpt || m.optional();
        if (!m.isIndex()) {
            if (v instanceof Record r) {
                String key = m.name();
                if ((ci || m.caseInsensitive()) && !r.has(key))
                    for (String k : r.keys()) if (k.equalsIgnoreCase(key)) key = k;
                if (!r.has(key)) {
                    if (opt) return r;
                    throw ShellErrors.columnNotFound(m.name(), m.span(), srcSpan);
                }
                return last ? r.without(key) : r.with(key, remove(r.get(key), path, i + 1, allOpt, ci, srcSpan));
            }
            if (v instanceof Value.ListV l) {
                List<Value> out = new ArrayList<>();
                for (Value item : l.items()) out.add(remove(item, path, i, allOpt, ci, srcSpan));
                return new Value.ListV(out);
            }
            if (opt) return v;
            throw ShellErrors.incompatiblePathAccess(v, m.span());
        }
        if (v instanceof Value.ListV l) {
            int size = l.items().size();
            if (m.index() < 0 || m.index() >= size) {
                if (opt) return v;
                throw ShellErrors.accessBeyondEnd(size, m.span());
            }
            List<Value> items = new ArrayList<>(l.items());
            if (last) items.remove((int) m.index());
            else items.set((int) m.index(), remove(items.get((int) m.index()), path, i + 1, allOpt, ci, srcSpan));
            return new Value.ListV(items);
        }
        if (opt) return v;
        if (v instanceof Record) throw ShellErrors.recordIndex(m.span());
        throw ShellErrors.incompatiblePathAccess(v, m.span());
    }
}
