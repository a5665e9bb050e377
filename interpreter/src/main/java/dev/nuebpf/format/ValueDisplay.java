package dev.nuebpf.format;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;

/**
 * A value as Nushell shows it in text: {@code into string}, {@code print} of a scalar, table cells,
 * string interpolation. (Durations like {@code 1sec 500ms}, filesizes like {@code 1.0 KiB}... exactly as nu.)
 */
public final class ValueDisplay {
    private ValueDisplay() {}

    /** The string form used by interpolation and {@code into string}. */
    public static String toText(Value v) {
        if (v instanceof Value.Str s) return s.value();
        if (v instanceof Value.Int i) return Long.toString(i.value());
        if (v instanceof Value.Float f) return Double.toString(f.value());
        if (v instanceof Value.Bool b) return Boolean.toString(b.value());
        if (v == Value.NOTHING) return "";
        if (v instanceof Value.ListV l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.items().size(); i++) sb.append(i > 0 ? ", " : "").append(toText(l.items().get(i)));
            return sb.append(']').toString();
        }
        if (v instanceof Record r) {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < r.size(); i++) sb.append(i > 0 ? ", " : "").append(r.keys().get(i)).append(": ").append(toText(r.values().get(i)));
            return sb.append('}').toString();
        }
        return v.toString();
    }
}
