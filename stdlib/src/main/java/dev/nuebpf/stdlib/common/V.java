package dev.nuebpf.stdlib.common;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Short constructors for the expected values of command examples. */
public final class V {
    private V() {}

    public static Value i(long v) { return Value.Int.of(v); }
    public static Value f(double v) { return new Value.Float(v); }
    public static Value s(String v) { return new Value.Str(v); }
    public static Value b(boolean v) { return Value.Bool.of(v); }
    public static Value nothing() { return Value.NOTHING; }

    public static Value.ListV list(Value... items) { return new Value.ListV(Arrays.asList(items)); }

    public static Value.ListV ints(long... items) {
        List<Value> out = new ArrayList<>();
        for (long x : items) out.add(Value.Int.of(x));
        return new Value.ListV(out);
    }

    public static Value.ListV strs(String... items) {
        List<Value> out = new ArrayList<>();
        for (String x : items) out.add(new Value.Str(x));
        return new Value.ListV(out);
    }

    /** {@code rec("a", i(1), "b", s("x"))}. */
    public static Record rec(Object... kv) {
        Record.Builder b = Record.builder();
        for (int k = 0; k < kv.length; k += 2) b.put((String) kv[k], (Value) kv[k + 1]);
        return b.build();
    }

    /** {@code table(List.of("a","b"), row(i(1), i(2)), ...)}: a list of records with the same columns. */
    public static Value.ListV table(List<String> cols, List<?>... rows) {
        List<Value> out = new ArrayList<>();
        for (List<?> row : rows) {
            Record.Builder b = Record.builder();
            for (int k = 0; k < cols.size(); k++) b.put(cols.get(k), (Value) row.get(k));
            out.add(b.build());
        }
        return new Value.ListV(out);
    }

    public static List<Value> row(Value... cells) { return Arrays.asList(cells); }

    public static List<String> cols(String... names) { return Arrays.asList(names); }
}
