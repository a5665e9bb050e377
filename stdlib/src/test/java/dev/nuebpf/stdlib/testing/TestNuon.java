package dev.nuebpf.stdlib.testing;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.math.BigDecimal;

/** A minimal NUON writer for tests (the real one belongs to the output helper): enough to hand values to nu. */
public final class TestNuon {
    private TestNuon() {}

    public static String write(Value v) {
        StringBuilder sb = new StringBuilder();
        write(v, sb);
        return sb.toString();
    }

    private static void write(Value v, StringBuilder sb) {
        switch (v) {
            case Value.Int i -> sb.append(i.value());
            case Value.Float f -> {
                double d = f.value();
                if (Double.isNaN(d)) sb.append("NaN");
                else if (Double.isInfinite(d)) sb.append(d > 0 ? "inf" : "-inf");
                else {
                    String s = new BigDecimal(Double.toString(d)).toPlainString();
                    sb.append(s.contains(".") ? s : s + ".0");
                }
            }
            case Value.Bool b -> sb.append(b.value());
            case Value.Str s -> quote(s.value(), sb);
            case Value.Duration d -> sb.append(d.nanos()).append("ns");
            case Value.Filesize f -> sb.append(f.bytes()).append("b");
            case Value.Date d -> sb.append(d.value().toOffsetDateTime().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            case Value.Binary b -> {
                sb.append("0x[");
                for (byte x : b.bytes()) sb.append(String.format("%02X", x));
                sb.append(']');
            }
            case Value.ListV l -> {
                sb.append('[');
                for (int i = 0; i < l.items().size(); i++) {
                    if (i > 0) sb.append(", ");
                    write(l.items().get(i), sb);
                }
                sb.append(']');
            }
            case Record r -> {
                sb.append('{');
                for (int i = 0; i < r.size(); i++) {
                    if (i > 0) sb.append(", ");
                    quote(r.keys().get(i), sb);
                    sb.append(": ");
                    write(r.values().get(i), sb);
                }
                sb.append('}');
            }
            default -> {
                if (v == Value.NOTHING) sb.append("null");
                else throw new IllegalArgumentException("no NUON for " + v.typeName());
            }
        }
    }

    private static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u{%x}", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
