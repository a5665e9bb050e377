package dev.nuebpf.stdlib.testing;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** Terse value builders for tests. */
public final class V {
    private V() {}

    public static Value s(String s) { return Value.of(s); }
    public static Value i(long i) { return Value.of(i); }
    public static Value f(double d) { return Value.of(d); }
    public static Value b(boolean b) { return Value.of(b); }

    public static Value list(Object... items) {
        return new Value.ListV(java.util.Arrays.stream(items).map(V::v).toList());
    }

    /** A record from alternating keys and values. */
    public static Record rec(Object... kv) {
        Record.Builder b = Record.builder();
        for (int k = 0; k < kv.length; k += 2) b.put((String) kv[k], v(kv[k + 1]));
        return b.build();
    }

    public static Value range(long start, Long end, boolean inclusive) {
        return new Value.RangeV(Value.of(start), null, end == null ? null : Value.of(end), inclusive);
    }

    /** Java literals to values: String, Integer/Long, Double, Boolean, Value. */
    public static Value v(Object o) {
        if (o instanceof Value v) return v;
        if (o instanceof String s) return Value.of(s);
        if (o instanceof Integer i) return Value.of((long) i);
        if (o instanceof Long l) return Value.of(l);
        if (o instanceof Double d) return Value.of(d);
        if (o instanceof Boolean b) return Value.of(b);
        if (o == null) return Value.NOTHING;
        if (o instanceof List<?> l) return new Value.ListV(l.stream().map(V::v).toList());
        throw new IllegalArgumentException(String.valueOf(o));
    }
}
