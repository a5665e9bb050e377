package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * JSON as nu writes it (serde-style escaping, 2-space pretty printing, ryu-style floats with {@code e+N}),
 * and a lenient parser (comments and trailing commas allowed, as nu's parser does).
 */
final class Json {
    private Json() {}

    // ---- writing ---------------------------------------------------------------------------------

    /** {@code indent} null means compact ({@code --raw}). */
    static String write(Value v, String indent, boolean serialize, Span span) {
        StringBuilder sb = new StringBuilder();
        write(sb, v, indent, 0, serialize, span);
        return sb.toString();
    }

    private static void newline(StringBuilder sb, String indent, int depth) {
        sb.append('\n');
        for (int i = 0; i < depth; i++) sb.append(indent);
    }

    private static void write(StringBuilder sb, Value v, String indent, int depth, boolean serialize, Span span) {
        switch (v) {
            case Value.Nothing n -> sb.append("null");
            case Value.Bool b -> sb.append(b.value());
            case Value.Int i -> sb.append(i.value());
            case Value.Float f -> sb.append(number(f.value()));
            case Value.Str s -> string(sb, s.value(), indent == null);
            case Value.Glob g -> string(sb, g.pattern(), indent == null);
            case Value.Duration d -> sb.append(d.nanos());
            case Value.Filesize f -> sb.append(f.bytes());
            case Value.Date d -> string(sb, Nuon.rfc3339(d.value()), indent == null);
            case Value.CellPathV c -> string(sb, Nuon.cellPath(c.members()), indent == null);
            case Value.RangeV r -> string(sb, Nuon.write(r), indent == null);
            case Value.Binary b -> {
                List<Value> items = new ArrayList<>();
                for (byte x : b.bytes()) items.add(Value.of((long) (x & 0xff)));
                write(sb, new Value.ListV(items), indent, depth, serialize, span);
            }
            case Value.ListV l -> {
                sb.append('[');
                for (int i = 0; i < l.items().size(); i++) {
                    if (i > 0) sb.append(',');
                    if (indent != null) newline(sb, indent, depth + 1);
                    write(sb, l.items().get(i), indent, depth + 1, serialize, span);
                }
                if (indent != null && !l.items().isEmpty()) newline(sb, indent, depth);
                sb.append(']');
            }
            case Record r -> {
                sb.append('{');
                for (int i = 0; i < r.size(); i++) {
                    if (i > 0) sb.append(',');
                    if (indent != null) newline(sb, indent, depth + 1);
                    string(sb, r.keys().get(i), indent == null);
                    sb.append(indent != null ? ": " : ":");
                    write(sb, r.values().get(i), indent, depth + 1, serialize, span);
                }
                if (indent != null && !r.isEmpty()) newline(sb, indent, depth);
                sb.append('}');
            }
            case Value.ClosureV c -> {
                if (!serialize) {
                    throw new ShellException(Diagnostic.builder("nu::shell::unsupported_input", "Unsupported input")
                            .label(span, "closures are currently not deserializable (use --serialize to serialize as a string)").build());
                }
                string(sb, c.ast() == null ? "<closure>" : c.ast().span().text(), indent == null);
            }
            case Value.ErrorV e -> throw new ShellException(e.diagnostic());
            case Value.Custom c -> string(sb, dev.nuebpf.format.ValueDisplay.toText(c), indent == null);
        }
    }

    static void string(StringBuilder sb, String s) {
        string(sb, s, true);
    }

    /** {@code escapeControls}: compact output escapes control characters; nu's pretty printer leaves them as they are. */
    static void string(StringBuilder sb, String s, boolean escapeControls) {
        sb.append('"');
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
                    if (c < 0x20 && escapeControls) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }

    /** A float as nu's JSON writer prints it: NaN/inf become null; plain notation for 1e-5 ≤ |x| < 1e16, else d.ddde±N. */
    static String number(double d) {
        if (!Double.isFinite(d)) return "null";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        BigDecimal shortest = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int exp = digits.length() - shortest.scale(); // value = 0.digits × 10^exp
        String sign = d < 0 ? "-" : "";
        if (shortest.scale() <= 0 && exp <= 16) return sign + digits + "0".repeat(-shortest.scale()) + ".0";
        if (exp > 0 && exp <= 16) return sign + digits.substring(0, exp) + "." + digits.substring(exp);
        if (exp > -5 && exp <= 0) return sign + "0." + "0".repeat(-exp) + digits;
        int e = exp - 1;
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mant + "e" + (e < 0 ? "-" : "+") + Math.abs(e);
    }

    // ---- parsing ---------------------------------------------------------------------------------

    static Value parse(String text, Span span) {
        return parse(text, span, false);
    }

    /** {@code strict}: no comments, trailing commas or unquoted keys (RFC 8259). */
    static Value parse(String text, Span span, boolean strict) {
        Parser p = new Parser(text, span);
        p.strict = strict;
        p.ws();
        if (p.pos >= text.length()) return Value.NOTHING;
        Value v = p.value();
        p.ws();
        if (p.pos < text.length()) throw p.error("trailing characters");
        return v;
    }

    /** Newline-delimited JSON objects ({@code from json --objects}). */
    static List<Value> parseObjects(String text, Span span) {
        List<Value> out = new ArrayList<>();
        Parser p = new Parser(text, span);
        while (true) {
            p.ws();
            if (p.pos >= text.length()) return out;
            out.add(p.value());
        }
    }

    private static final class Parser {
        final String s;
        final Span span;
        int pos;
        boolean strict;

        Parser(String s, Span span) {
            this.s = s;
            this.span = span;
        }

        ShellException error(String what) {
            return new ShellException(Diagnostic.builder("nu::shell::error", "Error while parsing JSON text")
                    .label(span, "error parsing JSON text").help(what + " at offset " + pos).build());
        }

        void ws() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (Character.isWhitespace(c)) pos++;
                else if (strict) return;
                else if (s.startsWith("//", pos)) {
                    while (pos < s.length() && s.charAt(pos) != '\n') pos++;
                } else if (s.startsWith("/*", pos)) {
                    int end = s.indexOf("*/", pos + 2);
                    pos = end < 0 ? s.length() : end + 2;
                } else return;
            }
        }

        Value value() {
            ws();
            if (pos >= s.length()) throw error("unexpected end of input");
            char c = s.charAt(pos);
            if (c == '{') return object();
            if (c == '[') return array();
            if (c == '"') return Value.of(string());
            if (s.startsWith("true", pos)) { pos += 4; return Value.of(true); }
            if (s.startsWith("false", pos)) { pos += 5; return Value.of(false); }
            if (s.startsWith("null", pos)) { pos += 4; return Value.NOTHING; }
            return number();
        }

        Value object() {
            pos++;
            Record.Builder b = Record.builder();
            ws();
            if (pos < s.length() && s.charAt(pos) == '}') { pos++; return b.build(); }
            while (true) {
                ws();
                if (pos < s.length() && s.charAt(pos) == '}') {
                    if (strict) throw error("trailing comma");
                    pos++;
                    return b.build();
                }
                if (pos >= s.length()) throw error("expected a key");
                String key;
                if (s.charAt(pos) == '"') key = string();
                else if (strict) throw error("key must be a string");
                else {
                    // nu's JSON reader is lenient (Hjson-like): keys may be unquoted
                    int st = pos;
                    while (pos < s.length() && s.charAt(pos) != ':' && !Character.isWhitespace(s.charAt(pos))
                            && ",{}[]\"".indexOf(s.charAt(pos)) < 0) pos++;
                    if (st == pos) throw error("expected a key");
                    key = s.substring(st, pos);
                }
                ws();
                if (pos >= s.length() || s.charAt(pos) != ':') throw error("expected `:`");
                pos++;
                b.put(key, value());
                ws();
                if (pos >= s.length()) throw error("unclosed object");
                char c = s.charAt(pos++);
                if (c == '}') return b.build();
                if (c != ',') throw error("expected `,` or `}`");
            }
        }

        Value array() {
            pos++;
            List<Value> items = new ArrayList<>();
            boolean first = true;
            while (true) {
                ws();
                if (pos < s.length() && s.charAt(pos) == ']') {
                    if (strict && !first) throw error("trailing comma");
                    pos++;
                    return new Value.ListV(items);
                }
                first = false;
                items.add(value());
                ws();
                if (pos >= s.length()) throw error("unclosed array");
                char c = s.charAt(pos++);
                if (c == ']') return new Value.ListV(items);
                if (c != ',') throw error("expected `,` or `]`");
            }
        }

        String string() {
            StringBuilder sb = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= s.length()) throw error("unclosed string");
                char c = s.charAt(pos++);
                if (c == '"') return sb.toString();
                if (c != '\\') { sb.append(c); continue; }
                if (pos >= s.length()) throw error("unclosed string");
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case '/', '\\', '"' -> sb.append(e);
                    case 'u' -> {
                        if (pos + 4 > s.length()) throw error("bad unicode escape");
                        try {
                            sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("bad unicode escape");
                        }
                        pos += 4;
                    }
                    default -> throw error("invalid escape");
                }
            }
        }

        Value number() {
            int start = pos;
            if (pos < s.length() && s.charAt(pos) == '-') pos++;
            while (pos < s.length() && "0123456789.eE+-".indexOf(s.charAt(pos)) >= 0) pos++;
            String t = s.substring(start, pos);
            if (t.isEmpty() || t.equals("-")) throw error("unexpected character `" + (pos < s.length() ? s.charAt(pos) : ' ') + "`");
            try {
                if (t.matches("-?\\d+")) {
                    try {
                        return Value.of(Long.parseLong(t));
                    } catch (NumberFormatException big) {
                        return Value.of(Double.parseDouble(t));
                    }
                }
                if (!t.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) throw error("invalid number");
                return Value.of(Double.parseDouble(t));
            } catch (NumberFormatException e) {
                throw error("invalid number");
            }
        }
    }

    /** Values to write for {@code to json}: a range input is its list of numbers. */
    static Value materialize(Value v) {
        if (!(v instanceof Value.RangeV r)) return v;
        List<Value> items = new ArrayList<>();
        Iterator<Value> it = Values.iterate(r);
        while (it.hasNext()) items.add(it.next());
        return new Value.ListV(items);
    }
}
