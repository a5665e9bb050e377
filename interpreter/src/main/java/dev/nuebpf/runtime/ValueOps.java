package dev.nuebpf.runtime;

import java.util.List;

/**
 * Equality and ordering of values as Nushell defines them (used by ==, sort, uniq, group-by...).
 * Owned by the interpreter; commands must use these rather than their own comparisons.
 */
public final class ValueOps {
    private ValueOps() {}

    /** Nushell's {@code ==}: ints and floats compare numerically, records by ordered keys and values. */
    public static boolean equal(Value a, Value b) {
        if (a instanceof Value.Int x && b instanceof Value.Float y) return x.value() == y.value();
        if (a instanceof Value.Float x && b instanceof Value.Int y) return x.value() == y.value();
        if (a instanceof Value.ListV x && b instanceof Value.ListV y) {
            List<Value> p = x.items(), q = y.items();
            if (p.size() != q.size()) return false;
            for (int i = 0; i < p.size(); i++) if (!equal(p.get(i), q.get(i))) return false;
            return true;
        }
        if (a instanceof Record x && b instanceof Record y) {
            // nu compares records as maps: {a: 1, b: 2} == {b: 2, a: 1}
            if (x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) {
                Value other = y.get(x.keys().get(i));
                if (other == null || !equal(x.values().get(i), other)) return false;
            }
            return true;
        }
        if (a instanceof Value.CellPathV x && b instanceof Value.CellPathV y) return sameMembers(x.members(), y.members());
        return a.equals(b);
    }

    /** Cell paths are equal when their members are, wherever in the source they were written (spans ignored). */
    private static boolean sameMembers(List<dev.nuebpf.syntax.PathMember> p, List<dev.nuebpf.syntax.PathMember> q) {
        if (p.size() != q.size()) return false;
        for (int i = 0; i < p.size(); i++) {
            var m = p.get(i);
            var n = q.get(i);
            if (m.isIndex() != n.isIndex() || m.optional() != n.optional() || m.caseInsensitive() != n.caseInsensitive()) return false;
            if (m.isIndex() ? m.index() != n.index() : !m.name().equals(n.name())) return false;
        }
        return true;
    }

    /** A total order for sorting (Nushell's {@code sort}): numbers numerically, strings lexically, then by type. */
    public static int compare(Value a, Value b) {
        if (a instanceof Value.Int x && b instanceof Value.Int y) return Long.compare(x.value(), y.value());
        if (isNumber(a) && isNumber(b)) return Double.compare(toDouble(a), toDouble(b));
        if (a instanceof Value.Str x && b instanceof Value.Str y) return x.value().compareTo(y.value());
        if (a instanceof Value.Bool x && b instanceof Value.Bool y) return Boolean.compare(x.value(), y.value());
        if (a instanceof Value.Duration x && b instanceof Value.Duration y) return Long.compare(x.nanos(), y.nanos());
        if (a instanceof Value.Filesize x && b instanceof Value.Filesize y) return Long.compare(x.bytes(), y.bytes());
        if (a instanceof Value.Date x && b instanceof Value.Date y) return x.value().toInstant().compareTo(y.value().toInstant());
        if (a instanceof Value.ListV x && b instanceof Value.ListV y) {
            for (int i = 0; i < Math.min(x.items().size(), y.items().size()); i++) {
                int c = compare(x.items().get(i), y.items().get(i));
                if (c != 0) return c;
            }
            return Integer.compare(x.items().size(), y.items().size());
        }
        return Integer.compare(typeRank(a), typeRank(b));
    }

    public static boolean isNumber(Value v) { return v instanceof Value.Int || v instanceof Value.Float; }

    public static double toDouble(Value v) {
        if (v instanceof Value.Int i) return i.value();
        if (v instanceof Value.Float f) return f.value();
        throw new IllegalArgumentException(v.typeName());
    }

    private static int typeRank(Value v) {
        if (isNumber(v)) return 0;
        if (v instanceof Value.Bool) return -1;
        if (v instanceof Value.Str) return 2;
        if (v instanceof Value.Duration) return 3;
        if (v instanceof Value.Filesize) return 4;
        if (v instanceof Value.Date) return 5;
        if (v instanceof Value.ListV) return 6;
        if (v instanceof Record) return 7;
        if (v == Value.NOTHING) return 100;
        return 50;
    }
}
