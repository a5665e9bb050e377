package dev.nuebpf.format;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.PathMember;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A small recursive-descent parser for NUON (the literal subset of nu: no variables, no calls).
 * It is independent of the main grammar so that {@code from nuon} and the conformance tooling
 * never depend on parser changes. Errors are nu's "error when loading nuon text" at the caller's span.
 */
final class NuonParser {
    private final String s;
    private final Span span;
    private int pos;

    NuonParser(String text, Span span) {
        this.s = text;
        this.span = span;
    }

    Value parseDocument() {
        skipWs();
        if (pos >= s.length()) return Value.NOTHING;
        Value v = value(false);
        skipWs();
        if (pos < s.length()) throw error("unexpected `" + s.charAt(pos) + "` after the value");
        return v;
    }

    private ShellException error(String detail) {
        return new ShellException(Diagnostic.builder("nu::shell::error", "error when loading nuon text")
                .label(span, "could not load nuon text")
                .help(detail + " (at offset " + pos + ")").build());
    }

    /** Unicode White_Space (as Rust's char::is_whitespace); unlike Java's, it excludes the \x1c-\x1f separators. */
    static boolean isWs(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f' || c == '\u0085'
                || (c >= 0x80 && Character.isSpaceChar(c));
    }

    private void skipWs() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (isWs(c)) pos++;
            else if (c == '#') {
                while (pos < s.length() && s.charAt(pos) != '\n') pos++;
            } else return;
        }
    }

    /** Whitespace and commas between items. */
    private void skipSeparators() {
        while (true) {
            skipWs();
            if (pos < s.length() && s.charAt(pos) == ',') pos++;
            else return;
        }
    }

    private boolean peek(String t) { return s.startsWith(t, pos); }

    private Value value(boolean inList) {
        skipWs();
        if (pos >= s.length()) throw error("unexpected end of text");
        char c = s.charAt(pos);
        switch (c) {
            case '[': return list();
            case '{': return record();
            case '"': return Value.of(doubleQuoted());
            case '\'': return Value.of(delimited('\''));
            case '`': return Value.of(delimited('`'));
            default: break;
        }
        if (peek("r#")) return Value.of(rawString());
        if (peek("0x[")) return binary(16);
        if (peek("0b[")) return binary(2);
        if (peek("0o[")) return binary(8);
        if (peek("$.")) return cellPath();
        String tok = bare(false);
        if (tok.isEmpty()) throw error("unexpected `" + c + "`");
        return classify(tok);
    }

    /** A bare token; keys stop at ':' too. */
    private String bare(boolean key) {
        int start = pos;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (isWs(c) || c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == ';'
                    || c == '(' || c == ')' || c == '"' || c == '\'' || c == '`' || (key && c == ':')) break;
            pos++;
        }
        return s.substring(start, pos);
    }

    private Value list() {
        pos++; // [
        List<Value> items = new ArrayList<>();
        skipSeparators();
        while (true) {
            if (pos >= s.length()) throw error("unclosed `[`");
            if (s.charAt(pos) == ']') {
                pos++;
                return new Value.ListV(items);
            }
            Value item = value(true);
            skipWs();
            if (items.isEmpty() && pos < s.length() && s.charAt(pos) == ';' && item instanceof Value.ListV header) {
                pos++;
                return tableRows(header);
            }
            items.add(item);
            skipSeparators();
        }
    }

    private Value tableRows(Value.ListV header) {
        List<String> cols = new ArrayList<>();
        for (Value h : header.items()) {
            String name = h instanceof Value.Str str ? str.value() : Nuon.write(h);
            if (cols.contains(name)) throw error("column `" + name + "` defined twice");
            cols.add(name);
        }
        List<Value> rows = new ArrayList<>();
        skipSeparators();
        while (true) {
            if (pos >= s.length()) throw error("unclosed table");
            if (s.charAt(pos) == ']') {
                pos++;
                return new Value.ListV(rows);
            }
            Value row = value(true);
            if (!(row instanceof Value.ListV l) || l.items().size() != cols.size()) throw error("table row does not match the header");
            Record.Builder b = Record.builder();
            for (int i = 0; i < cols.size(); i++) b.put(cols.get(i), l.items().get(i));
            rows.add(b.build());
            skipSeparators();
        }
    }

    private Value record() {
        pos++; // {
        Record.Builder b = Record.builder();
        List<String> seen = new ArrayList<>();
        skipSeparators();
        while (true) {
            if (pos >= s.length()) throw error("unclosed `{`");
            if (s.charAt(pos) == '}') {
                pos++;
                return b.build();
            }
            String key;
            char c = s.charAt(pos);
            if (c == '"') key = doubleQuoted();
            else if (c == '\'' || c == '`') key = delimited(c);
            else if (peek("r#")) key = rawString();
            else key = bare(true);
            if (key.isEmpty() && c != '"' && c != '\'' && c != '`') throw error("expected a record key");
            skipWs();
            if (pos >= s.length() || s.charAt(pos) != ':') throw error("expected `:` after record key");
            pos++;
            if (seen.contains(key)) throw error("record field used twice: " + key);
            seen.add(key);
            b.put(key, value(false));
            skipSeparators();
        }
    }

    private String delimited(char q) {
        int end = s.indexOf(q, pos + 1);
        if (end < 0) throw error("unclosed string");
        String r = s.substring(pos + 1, end);
        pos = end + 1;
        return r;
    }

    private String rawString() {
        int p = pos + 1;
        int hashes = 0;
        while (p < s.length() && s.charAt(p) == '#') { hashes++; p++; }
        if (p >= s.length() || s.charAt(p) != '\'') throw error("malformed raw string");
        String close = "'" + "#".repeat(hashes);
        int end = s.indexOf(close, p + 1);
        if (end < 0) throw error("unclosed raw string");
        pos = end + close.length();
        return s.substring(p + 1, end);
    }

    private String doubleQuoted() {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= s.length()) throw error("unclosed string");
            char c = s.charAt(pos++);
            if (c == '"') return sb.toString();
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= s.length()) throw error("unclosed string");
            char e = s.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '0' -> sb.append('\0');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'a' -> sb.append('\u0007');
                case 'e' -> sb.append('\u001b');
                case '"', '\\', '/', '\'', '$', '(', ')', '{', '}', '#' -> sb.append(e);
                case 'u' -> {
                    if (pos < s.length() && s.charAt(pos) == '{') {
                        int end = s.indexOf('}', pos);
                        if (end < 0) throw error("bad unicode escape");
                        try {
                            sb.appendCodePoint(Integer.parseInt(s.substring(pos + 1, end), 16));
                        } catch (IllegalArgumentException ex) {
                            throw error("bad unicode escape");
                        }
                        pos = end + 1;
                    } else {
                        if (pos + 4 > s.length()) throw error("bad unicode escape");
                        try {
                            sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("bad unicode escape");
                        }
                        pos += 4;
                    }
                }
                default -> throw error("invalid escape `\\" + e + "`");
            }
        }
    }

    private Value binary(int radix) {
        pos += 3;
        int end = s.indexOf(']', pos);
        if (end < 0) throw error("unclosed binary literal");
        String digits = s.substring(pos, end).replaceAll("[\\s,_]", "");
        pos = end + 1;
        Value.Binary b = parseBinaryDigits(digits, radix);
        if (b == null) throw error("invalid binary literal");
        return b;
    }

    /** Digits of a {@code 0x[..]}, {@code 0b[..]} or {@code 0o[..]} literal as bytes (padded on the left like nu). */
    static Value.Binary parseBinaryDigits(String digits, int radix) {
        int per = radix == 16 ? 2 : radix == 2 ? 8 : 3;
        if (digits.isEmpty()) return new Value.Binary(new byte[0]);
        int rem = digits.length() % per;
        if (rem != 0) digits = "0".repeat(per - rem) + digits;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < digits.length(); i += per) {
            try {
                int v = Integer.parseInt(digits.substring(i, i + per), radix);
                if (v > 255) return null;
                out.write(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return new Value.Binary(out.toByteArray());
    }

    private Value cellPath() {
        pos += 1; // $
        List<PathMember> members = new ArrayList<>();
        while (pos < s.length() && s.charAt(pos) == '.') {
            pos++;
            if (pos >= s.length()) throw error("incomplete cell path");
            char c = s.charAt(pos);
            String name;
            boolean quoted = c == '"' || c == '\'' || c == '`';
            if (c == '"') name = doubleQuoted();
            else if (quoted) name = delimited(c);
            else {
                int start = pos;
                while (pos < s.length() && "?!.,[]{}() \t\r\n".indexOf(s.charAt(pos)) < 0) pos++;
                name = s.substring(start, pos);
            }
            boolean optional = false, insensitive = false;
            while (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '!')) {
                if (s.charAt(pos) == '?') optional = true;
                else insensitive = true;
                pos++;
            }
            if (!quoted && name.matches("\\d+")) {
                members.add(new PathMember(null, Long.parseLong(name), true, optional, insensitive, span));
            } else {
                members.add(new PathMember(name, -1, false, optional, insensitive, span));
            }
        }
        return new Value.CellPathV(members);
    }

    // ---- bare tokens --------------------------------------------------------------------------

    private static final Pattern INT = Pattern.compile("[+-]?\\d[\\d_]*");
    private static final Pattern FLOAT = Pattern.compile("[+-]?(\\d[\\d_]*)?\\.?\\d[\\d_]*([eE][+-]?\\d+)?");
    private static final Pattern RADIX_INT = Pattern.compile("[+-]?0([xob])([0-9a-fA-F_]+)");
    private static final Pattern DATE = Pattern.compile("-?\\d{4}-\\d{2}-\\d{2}([T ].*)?");

    private Value classify(String t) {
        switch (t) {
            case "null": return Value.NOTHING;
            case "true": return Value.Bool.TRUE;
            case "false": return Value.Bool.FALSE;
            case "inf", "+inf", "Infinity", "+Infinity": return Value.of(Double.POSITIVE_INFINITY);
            case "-inf", "-Infinity": return Value.of(Double.NEGATIVE_INFINITY);
            case "NaN": return Value.of(Double.NaN);
            default: break;
        }
        Value n = number(t);
        if (n != null) return n;
        Long d = Units.parseDuration(t);
        if (d != null) return new Value.Duration(d);
        Long f = Units.parseFilesize(t);
        if (f != null) return new Value.Filesize(f);
        if (DATE.matcher(t).matches()) {
            Value.Date date = parseDate(t);
            if (date != null) return date;
            throw error("invalid date `" + t + "`");
        }
        int dots = t.indexOf("..");
        if (dots > 0 || (dots == 0 && t.length() > 2)) {
            Value r = range(t);
            if (r != null) return r;
        }
        if (t.startsWith("$")) throw error("variables are not allowed in nuon");
        return Value.of(t);
    }

    /** An int or float token (with nu's 0x/0o/0b prefixes and underscores), else null. */
    static Value number(String t) {
        try {
            var rm = RADIX_INT.matcher(t);
            if (rm.matches()) {
                int radix = switch (rm.group(1)) { case "x" -> 16; case "o" -> 8; default -> 2; };
                long v = Long.parseLong(rm.group(2).replace("_", ""), radix);
                return Value.of(t.startsWith("-") ? -v : v);
            }
            if (INT.matcher(t).matches()) return Value.of(Long.parseLong(t.replace("_", "")));
            if (FLOAT.matcher(t).matches()) return Value.of(Double.parseDouble(t.replace("_", "")));
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    private Value range(String t) {
        boolean exclusive = t.contains("..<");
        String[] parts = t.split("\\.\\.<?", -1);
        if (parts.length < 2 || parts.length > 3) return null;
        Value start = parts[0].isEmpty() ? Value.of(0L) : number(parts[0]);
        Value next = parts.length == 3 ? number(parts[1]) : null;
        String endText = parts[parts.length - 1];
        Value end = endText.isEmpty() ? null : number(endText);
        if (start == null || (parts.length == 3 && next == null) || (!endText.isEmpty() && end == null)) return null;
        Value step = null;
        if (next != null) {
            if (start instanceof Value.Int a && next instanceof Value.Int b) step = Value.of(b.value() - a.value());
            else step = Value.of(num(next) - num(start));
        }
        boolean anyFloat = start instanceof Value.Float || next instanceof Value.Float || end instanceof Value.Float;
        if (anyFloat) {
            start = Value.of(num(start));
            if (step != null) step = Value.of(num(step));
            if (end != null) end = Value.of(num(end));
        }
        return new Value.RangeV(start, step, end, !exclusive);
    }

    private static double num(Value v) {
        return v instanceof Value.Int i ? i.value() : ((Value.Float) v).value();
    }

    /** A nu date literal: RFC 3339, with or without time and offset; no offset means UTC. */
    static Value.Date parseDate(String t) {
        String x = t.replace(' ', 'T');
        try {
            if (!x.contains("T")) return new Value.Date(LocalDate.parse(x).atStartOfDay(ZoneOffset.UTC));
            if (x.endsWith("Z") || x.endsWith("z")) x = x.substring(0, x.length() - 1) + "+00:00";
            if (x.matches(".*[+-]\\d{2}:?\\d{2}$") && x.indexOf('T') < x.length() - 6) {
                return new Value.Date(OffsetDateTime.parse(fixOffset(x)).toZonedDateTime());
            }
            return new Value.Date(LocalDateTime.parse(x).atZone(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String fixOffset(String x) {
        // +0100 → +01:00 for java.time
        if (x.matches(".*[+-]\\d{4}$")) return x.substring(0, x.length() - 2) + ":" + x.substring(x.length() - 2);
        return x;
    }

    static ZonedDateTime utc(LocalDateTime t) { return t.atZone(ZoneOffset.UTC); }
}
