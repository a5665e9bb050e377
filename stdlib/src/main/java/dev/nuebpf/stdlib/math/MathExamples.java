package dev.nuebpf.stdlib.math;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.Arrays;

/** Terse builders for the expected values of the math examples. */
final class MathExamples {
    private MathExamples() {}

    static Value v(Object o) {
        if (o instanceof Value v) return v;
        if (o instanceof Integer i) return Value.of((long) i);
        if (o instanceof Long l) return Value.of(l);
        if (o instanceof Double d) return Value.of(d);
        if (o instanceof String s) return Value.of(s);
        throw new IllegalArgumentException(String.valueOf(o));
    }

    static Value list(Object... items) { return new Value.ListV(Arrays.stream(items).map(MathExamples::v).toList()); }

    static Record rec(Object... kv) {
        Record.Builder b = Record.builder();
        for (int i = 0; i < kv.length; i += 2) b.put((String) kv[i], v(kv[i + 1]));
        return b.build();
    }
}
