package dev.nuebpf.stdlib.markup;

import dev.nuebpf.command.Errors;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Writes nu values as KDL: JSON-in-KDL (a value becomes one {@code -} node; scalars as arguments and
 * properties, nested lists and records as children) or node rows back as the document they came from.
 * nu-only types carry annotations such as {@code (duration)} so {@code from kdl} can restore them.
 */
final class KdlWriter {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");
    private static final DateTimeFormatter NANOS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSxxx");

    /** RFC 3339 with as few fraction digits as the value needs, in groups of three (like chrono). */
    private static String rfc3339(java.time.ZonedDateTime d) {
        int n = d.getNano();
        DateTimeFormatter f = n == 0 ? SECONDS : n % 1_000_000 == 0 ? MILLIS : n % 1000 == 0 ? MICROS : NANOS;
        return f.format(d);
    }

    private final boolean v1;
    private final boolean serialize;
    private final Span span;
    private final StringBuilder out = new StringBuilder();

    KdlWriter(int spec, boolean serialize, Span span) {
        this.v1 = spec == 1;
        this.serialize = serialize;
        this.span = span;
    }

    String text() { return out.toString(); }

    // ---- JSON-in-KDL -----------------------------------------------------------------------

    void jik(String name, Value v, String indent) {
        if (v instanceof Record r) {
            if (r.size() == 0) { line(indent, "(object)" + key(name)); return; }
            StringBuilder head = new StringBuilder(key(name));
            List<Integer> nested = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                Value x = r.values().get(i);
                if (scalar(x)) head.append(' ').append(key(r.keys().get(i))).append('=').append(scalarText(x));
                else nested.add(i);
            }
            if (nested.isEmpty()) { line(indent, head.toString()); return; }
            out.append(indent).append(head).append(" {\n");
            for (int i : nested) jik(r.keys().get(i), r.values().get(i), indent + "    ");
            out.append(indent).append("}\n");
        } else if (v instanceof Value.ListV l) {
            List<Value> items = l.items();
            if (items.isEmpty()) { line(indent, "(array)" + key(name)); return; }
            if (items.stream().allMatch(KdlWriter::scalar)) {
                StringBuilder head = new StringBuilder(items.size() == 1 ? "(array)" : "").append(key(name));
                for (Value x : items) head.append(' ').append(scalarText(x));
                line(indent, head.toString());
                return;
            }
            out.append(indent).append(key(name)).append(" {\n");
            for (Value x : items) jik("-", x, indent + "    ");
            out.append(indent).append("}\n");
        } else if (v instanceof Value.RangeV) {
            line(indent, key(name) + " " + scalarText(v));
        } else {
            line(indent, key(name) + " " + scalarText(v));
        }
    }

    private static boolean scalar(Value v) { return !(v instanceof Record) && !(v instanceof Value.ListV); }

    // ---- node rows ---------------------------------------------------------------------------

    static boolean isNodeTable(Value v) {
        if (!(v instanceof Value.ListV l) || l.items().isEmpty()) return false;
        for (Value row : l.items())
            if (!(row instanceof Record r) || !r.keys().equals(List.of("name", "args", "props", "children"))) return false;
        return true;
    }

    void nodes(Value.ListV rows, String indent) {
        for (Value row : rows.items()) {
            Record r = (Record) row;
            StringBuilder head = new StringBuilder(key(ValueDisplay.toText(r.get("name"))));
            if (r.get("args") instanceof Value.ListV args) for (Value a : args.items()) head.append(' ').append(scalarText(a));
            if (r.get("props") instanceof Record props)
                for (int i = 0; i < props.size(); i++) head.append(' ').append(key(props.keys().get(i))).append('=').append(scalarText(props.values().get(i)));
            if (r.get("children") instanceof Value.ListV kids && !kids.items().isEmpty()) {
                out.append(indent).append(head).append(" {\n");
                nodes(kids, indent + "    ");
                out.append(indent).append("}\n");
            } else line(indent, head.toString());
        }
    }

    // ---- scalars -------------------------------------------------------------------------------

    private void line(String indent, String text) { out.append(indent).append(text).append('\n'); }

    String scalarText(Value v) {
        return switch (v) {
            case Value.Nothing n -> v1 ? "null" : "#null";
            case Value.Bool b -> (v1 ? "" : "#") + b.value();
            case Value.Int i -> Long.toString(i.value());
            case Value.Float f -> floatText(f.value());
            case Value.Str s -> v1 ? quote(s.value()) : key(s.value());
            case Value.Filesize f -> "(filesize)" + f.bytes();
            case Value.Duration d -> "(duration)" + d.nanos();
            case Value.Date d -> "(timestamp)" + quote(rfc3339(d.value()));
            case Value.CellPathV c -> "(cell-path)" + key("$." + pathText(c));
            case Value.RangeV r -> "(range)" + quote(ValueDisplay.toText(r));
            case Value.Glob g -> "(glob)" + key(g.pattern());
            case Value.Binary b -> "(binary)" + key(Base64.getEncoder().encodeToString(b.bytes()));
            case Value.ClosureV c -> {
                if (!serialize) throw Errors.cantConvert("KDL", "closure", span);
                yield quote(c.ast() == null ? "<closure>" : c.ast().span().text());
            }
            default -> {
                if (!serialize) throw Errors.cantConvert("KDL", v.typeName(), span);
                yield quote(ValueDisplay.toText(v));
            }
        };
    }

    private static String pathText(Value.CellPathV c) {
        List<String> parts = new ArrayList<>();
        for (var m : c.members()) parts.add(m.toString());
        return String.join(".", parts);
    }

    private String floatText(double d) {
        if (Double.isNaN(d)) return v1 ? "0.0" : "#nan";
        if (Double.isInfinite(d)) return v1 ? "0.0" : d > 0 ? "#inf" : "#-inf";
        return ValueDisplay.floatText(d);
    }

    /** A node name, property key or v2 string: bare when KDL would read it back as the same string. */
    String key(String s) {
        if (bareOk(s)) return s;
        return quote(s);
    }

    private boolean bareOk(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || "\\/(){};[]=\"#,".indexOf(c) >= 0 || c < 0x20) return false;
        }
        char c0 = s.charAt(0);
        if (Character.isDigit(c0)) return false;
        if ((c0 == '-' || c0 == '+' || c0 == '.') && s.length() > 1 && Character.isDigit(s.charAt(1))) return false;
        if ((c0 == '-' || c0 == '+') && s.length() > 2 && s.charAt(1) == '.' && Character.isDigit(s.charAt(2))) return false;
        return !List.of("true", "false", "null", "inf", "-inf", "nan").contains(s);
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u{%x}", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
