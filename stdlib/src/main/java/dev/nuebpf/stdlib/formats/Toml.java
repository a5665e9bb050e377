package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small TOML 1.0 reader and writer (our own: TOML is simple enough that a dependency would not earn its place).
 * The reader builds mutable maps while tables are reopened, then freezes them into records.
 */
final class Toml {
    private Toml() {}

    // ---- writing ---------------------------------------------------------------------------------

    static String write(Record r) {
        StringBuilder sb = new StringBuilder();
        table(sb, r, "");
        return sb.toString();
    }

    private static boolean isTableArray(Value v) {
        return v instanceof Value.ListV l && !l.items().isEmpty() && l.items().stream().allMatch(x -> x instanceof Record);
    }

    private static void table(StringBuilder sb, Record r, String prefix) {
        for (int i = 0; i < r.size(); i++) {
            Value v = r.values().get(i);
            if (v instanceof Record || isTableArray(v)) continue;
            sb.append(key(r.keys().get(i))).append(" = ").append(inline(v)).append('\n');
        }
        for (int i = 0; i < r.size(); i++) {
            Value v = r.values().get(i);
            String path = prefix.isEmpty() ? key(r.keys().get(i)) : prefix + "." + key(r.keys().get(i));
            if (v instanceof Record sub) {
                if (sb.length() > 0) sb.append('\n');
                sb.append('[').append(path).append("]\n");
                table(sb, sub, path);
            } else if (isTableArray(v)) {
                for (Value item : ((Value.ListV) v).items()) {
                    if (sb.length() > 0) sb.append('\n');
                    sb.append("[[").append(path).append("]]\n");
                    table(sb, (Record) item, path);
                }
            }
        }
    }

    private static String key(String k) {
        if (!k.isEmpty() && k.matches("[A-Za-z0-9_-]+")) return k;
        StringBuilder sb = new StringBuilder();
        Json.string(sb, k);
        return sb.toString();
    }

    /** A value on the right of {@code =}, formatted the way nu's TOML writer lays it out. */
    private static String inline(Value v) {
        return switch (v) {
            case Value.Str s -> string(s.value());
            case Value.Int i -> Long.toString(i.value());
            case Value.Float f -> Double.isNaN(f.value()) ? "nan" : Double.isInfinite(f.value()) ? (f.value() > 0 ? "inf" : "-inf")
                    : Nuon.formatFloat(f.value());
            case Value.Bool b -> Boolean.toString(b.value());
            case Value.Date d -> date(d.value());
            case Value.Duration d -> Long.toString(d.nanos());
            case Value.Filesize f -> Long.toString(f.bytes());
            case Value.ListV l -> array(l.items());
            case Record r -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < r.size(); i++) parts.add(key(r.keys().get(i)) + " = " + inline(r.values().get(i)));
                yield parts.isEmpty() ? "{}" : "{ " + String.join(", ", parts) + " }";
            }
            case Value.Binary b -> {
                List<Value> bytes = new ArrayList<>();
                for (byte x : b.bytes()) bytes.add(Value.of((long) (x & 0xff)));
                yield array(bytes);
            }
            default -> string(ValueDisplay.toText(v));
        };
    }

    /** Up to one element inline; more one per line, 4-space indent, trailing comma (nested arrays are not re-indented). */
    private static String array(List<Value> items) {
        if (items.size() <= 1) return "[" + (items.isEmpty() ? "" : inline(items.get(0))) + "]";
        StringBuilder sb = new StringBuilder("[\n");
        for (Value x : items) sb.append("    ").append(inline(x)).append(",\n");
        return sb.append(']').toString();
    }

    /** Multi-line strings as {@code """}, strings with only double quotes as literal {@code '...'}, else basic. */
    private static String string(String s) {
        boolean control = s.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f);
        if (s.contains("\n") && !control) return "\"\"\"\n" + s.replace("\\", "\\\\").replace("\"\"\"", "\"\"\\\"") + "\"\"\"";
        if (s.contains("\"") && !s.contains("'") && !control) return "'" + s + "'";
        StringBuilder sb = new StringBuilder();
        Json.string(sb, s);
        return sb.toString();
    }

    /** RFC 3339 with the fraction always present (".0" when whole), as the TOML writer nu uses prints it. */
    private static String date(java.time.ZonedDateTime t) {
        String base = Nuon.rfc3339(t.withNano(0));
        String frac = String.format("%09d", t.getNano()).replaceAll("0+$", "");
        if (frac.isEmpty()) frac = "0";
        int tz = base.length() - 6;
        return base.substring(0, tz) + "." + frac + base.substring(tz);
    }

    // ---- reading ---------------------------------------------------------------------------------

    static Value read(String text, Span span) {
        return new Reader(text, span).document();
    }

    private static final class Reader {
        private final String s;
        private final Span span;
        private int pos;
        private final Map<String, Object> root = new LinkedHashMap<>();

        Reader(String s, Span span) {
            this.s = s;
            this.span = span;
        }

        ShellException error(String what) {
            int line = 1;
            for (int i = 0; i < Math.min(pos, s.length()); i++) if (s.charAt(i) == '\n') line++;
            return new ShellException(Diagnostic.builder("nu::shell::cant_convert", "Can't convert to structured toml data.")
                    .label(span, "can't convert string to structured toml data").help(what + " (line " + line + ")").build());
        }

        Value document() {
            Map<String, Object> current = root;
            while (true) {
                skipBlank();
                if (pos >= s.length()) break;
                char c = s.charAt(pos);
                if (c == '[') {
                    boolean array = s.startsWith("[[", pos);
                    pos += array ? 2 : 1;
                    List<String> path = keyPath();
                    skipSpaces();
                    if (!s.startsWith(array ? "]]" : "]", pos)) throw error("expected `]`");
                    pos += array ? 2 : 1;
                    current = array ? appendTable(path) : openTable(path);
                } else {
                    List<String> path = keyPath();
                    skipSpaces();
                    if (pos >= s.length() || s.charAt(pos) != '=') throw error("expected `=`");
                    pos++;
                    skipSpaces();
                    Object v = value();
                    Map<String, Object> target = current;
                    for (int i = 0; i < path.size() - 1; i++) target = child(target, path.get(i));
                    if (target.containsKey(path.get(path.size() - 1))) throw error("duplicate key `" + String.join(".", path) + "`");
                    target.put(path.get(path.size() - 1), v);
                }
                skipSpaces();
                if (pos < s.length() && s.charAt(pos) == '#') skipComment();
                if (pos < s.length() && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') throw error("expected a newline");
            }
            return freeze(root);
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> child(Map<String, Object> m, String k) {
            Object o = m.get(k);
            if (o == null) {
                Map<String, Object> n = new LinkedHashMap<>();
                m.put(k, n);
                return n;
            }
            if (o instanceof Map) return (Map<String, Object>) o;
            if (o instanceof List<?> l && !l.isEmpty() && l.get(l.size() - 1) instanceof Map) return (Map<String, Object>) l.get(l.size() - 1);
            throw error("key `" + k + "` is not a table");
        }

        private Map<String, Object> openTable(List<String> path) {
            Map<String, Object> m = root;
            for (String k : path) m = child(m, k);
            return m;
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> appendTable(List<String> path) {
            Map<String, Object> m = root;
            for (int i = 0; i < path.size() - 1; i++) m = child(m, path.get(i));
            String last = path.get(path.size() - 1);
            Object o = m.get(last);
            List<Object> list;
            if (o == null) {
                list = new ArrayList<>();
                m.put(last, list);
            } else if (o instanceof List) list = (List<Object>) o;
            else throw error("key `" + last + "` is not an array of tables");
            Map<String, Object> n = new LinkedHashMap<>();
            list.add(n);
            return n;
        }

        private void skipSpaces() {
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) pos++;
        }

        private void skipComment() {
            while (pos < s.length() && s.charAt(pos) != '\n') pos++;
        }

        private void skipBlank() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') pos++;
                else if (c == '#') skipComment();
                else return;
            }
        }

        private List<String> keyPath() {
            List<String> path = new ArrayList<>();
            while (true) {
                skipSpaces();
                if (pos >= s.length()) throw error("expected a key");
                char c = s.charAt(pos);
                if (c == '"') path.add(basicString());
                else if (c == '\'') path.add(literalString());
                else {
                    int st = pos;
                    while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_' || s.charAt(pos) == '-')) pos++;
                    if (st == pos) throw error("expected a key");
                    path.add(s.substring(st, pos));
                }
                skipSpaces();
                if (pos < s.length() && s.charAt(pos) == '.') pos++;
                else return path;
            }
        }

        private void skipArrayBlank() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (Character.isWhitespace(c)) pos++;
                else if (c == '#') skipComment();
                else return;
            }
        }

        private Object value() {
            if (pos >= s.length()) throw error("expected a value");
            char c = s.charAt(pos);
            if (s.startsWith("\"\"\"", pos)) return multiline("\"\"\"", true);
            if (s.startsWith("'''", pos)) return multiline("'''", false);
            if (c == '"') return basicString();
            if (c == '\'') return literalString();
            if (c == '[') {
                pos++;
                List<Object> items = new ArrayList<>();
                while (true) {
                    skipArrayBlank();
                    if (pos < s.length() && s.charAt(pos) == ']') { pos++; return items; }
                    items.add(value());
                    skipArrayBlank();
                    if (pos < s.length() && s.charAt(pos) == ',') pos++;
                    else if (pos < s.length() && s.charAt(pos) == ']') { pos++; return items; }
                    else throw error("expected `,` or `]` in array");
                }
            }
            if (c == '{') {
                pos++;
                Map<String, Object> m = new LinkedHashMap<>();
                skipSpaces();
                if (pos < s.length() && s.charAt(pos) == '}') { pos++; return m; }
                while (true) {
                    List<String> path = keyPath();
                    skipSpaces();
                    if (pos >= s.length() || s.charAt(pos) != '=') throw error("expected `=`");
                    pos++;
                    skipSpaces();
                    Map<String, Object> target = m;
                    for (int i = 0; i < path.size() - 1; i++) target = child(target, path.get(i));
                    target.put(path.get(path.size() - 1), value());
                    skipSpaces();
                    if (pos < s.length() && s.charAt(pos) == ',') { pos++; skipSpaces(); continue; }
                    if (pos < s.length() && s.charAt(pos) == '}') { pos++; return m; }
                    throw error("expected `,` or `}` in inline table");
                }
            }
            int st = pos;
            while (pos < s.length() && ",]}#\n\r".indexOf(s.charAt(pos)) < 0) pos++;
            String tok = s.substring(st, pos).trim();
            pos = st + s.substring(st, pos).stripTrailing().length();
            return scalar(tok);
        }

        private Object scalar(String t) {
            switch (t) {
                case "true": return Boolean.TRUE;
                case "false": return Boolean.FALSE;
                case "inf", "+inf": return Double.POSITIVE_INFINITY;
                case "-inf": return Double.NEGATIVE_INFINITY;
                case "nan", "+nan", "-nan": return Double.NaN;
                default: break;
            }
            String u = t.replace("_", "");
            try {
                if (u.matches("[+-]?\\d+")) return Long.parseLong(u.startsWith("+") ? u.substring(1) : u);
                if (u.startsWith("0x")) return Long.parseLong(u.substring(2), 16);
                if (u.startsWith("0o")) return Long.parseLong(u.substring(2), 8);
                if (u.startsWith("0b")) return Long.parseLong(u.substring(2), 2);
                if (u.matches("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) return Double.parseDouble(u);
            } catch (NumberFormatException e) {
                throw error("invalid number `" + t + "`");
            }
            String d = t.replace(' ', 'T');
            try {
                if (d.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(d).atStartOfDay(ZoneOffset.UTC);
                if (d.matches(".*([Zz]|[+-]\\d{2}:\\d{2})$")) return OffsetDateTime.parse(d.replace('z', 'Z')).toZonedDateTime();
                if (d.matches("\\d{4}-\\d{2}-\\d{2}T.*")) return LocalDateTime.parse(d).atZone(ZoneOffset.UTC);
                if (d.matches("\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) return t;
            } catch (java.time.DateTimeException e) {
                throw error("invalid datetime `" + t + "`");
            }
            throw error("invalid value `" + t + "`");
        }

        private String literalString() {
            int end = s.indexOf('\'', pos + 1);
            if (end < 0) throw error("unclosed string");
            String r = s.substring(pos + 1, end);
            pos = end + 1;
            return r;
        }

        private String multiline(String delim, boolean escapes) {
            pos += 3;
            if (s.startsWith("\r\n", pos)) pos += 2;
            else if (pos < s.length() && s.charAt(pos) == '\n') pos++;
            int end = s.indexOf(delim, pos);
            if (end < 0) throw error("unclosed string");
            while (end + 3 < s.length() && s.startsWith(delim.substring(0, 1), end + 3)) end++;
            String body = s.substring(pos, end);
            pos = end + 3;
            return escapes ? unescape(body.replaceAll("\\\\\\s*\\n\\s*", "")) : body;
        }

        private String basicString() {
            int i = pos + 1;
            StringBuilder raw = new StringBuilder();
            while (true) {
                if (i >= s.length() || s.charAt(i) == '\n') throw error("unclosed string");
                char c = s.charAt(i);
                if (c == '"') break;
                if (c == '\\' && i + 1 < s.length()) {
                    raw.append(c).append(s.charAt(i + 1));
                    i += 2;
                    continue;
                }
                raw.append(c);
                i++;
            }
            pos = i + 1;
            return unescape(raw.toString());
        }

        private String unescape(String r) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length(); i++) {
                char c = r.charAt(i);
                if (c != '\\' || i + 1 >= r.length()) { sb.append(c); continue; }
                char e = r.charAt(++i);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'e' -> sb.append('\u001b');
                    case '"', '\\' -> sb.append(e);
                    case 'u', 'U' -> {
                        int n = e == 'u' ? 4 : 8;
                        try {
                            sb.appendCodePoint(Integer.parseInt(r.substring(i + 1, i + 1 + n), 16));
                        } catch (RuntimeException ex) {
                            throw error("bad unicode escape");
                        }
                        i += n;
                    }
                    default -> throw error("invalid escape `\\" + e + "`");
                }
            }
            return sb.toString();
        }

        @SuppressWarnings("unchecked")
        private static Value freeze(Object o) {
            if (o instanceof Map<?, ?> m) {
                Record.Builder b = Record.builder();
                for (Map.Entry<?, ?> e : m.entrySet()) b.put((String) e.getKey(), freeze(e.getValue()));
                return b.build();
            }
            if (o instanceof List<?> l) {
                List<Value> items = new ArrayList<>();
                for (Object x : l) items.add(freeze(x));
                return new Value.ListV(items);
            }
            if (o instanceof String str) return Value.of(str);
            if (o instanceof Long n) return Value.of(n);
            if (o instanceof Double d) return Value.of(d);
            if (o instanceof Boolean b) return Value.of(b);
            if (o instanceof java.time.ZonedDateTime z) return new Value.Date(z);
            return Value.of(String.valueOf(o));
        }
    }
}
