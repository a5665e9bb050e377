package dev.nuebpf.stdlib.markup;

import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.markup.KdlDocument.Entry;
import dev.nuebpf.stdlib.markup.KdlDocument.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A KDL reader for version 2 ({@code #true}, {@code #"raw"#}, bare string values) and version 1 ({@code true},
 * {@code r"raw"}). Errors carry the offset of the problem; the command turns them into a diagnostic.
 */
final class KdlParser {
    static final class KdlError extends RuntimeException {
        final int offset;

        KdlError(String message, int offset) {
            super(message);
            this.offset = offset;
        }
    }

    private final String s;
    private final boolean v1;
    private int p;

    private KdlParser(String s, int spec) {
        this.s = s;
        this.v1 = spec == 1;
    }

    static List<Node> parse(String text, int spec) {
        KdlParser k = new KdlParser(text, spec);
        List<Node> nodes = k.nodes(false);
        if (k.p < k.s.length()) throw new KdlError("unexpected character", k.p);
        return nodes;
    }

    private List<Node> nodes(boolean inBlock) {
        List<Node> out = new ArrayList<>();
        while (true) {
            skipLineSpace(true);
            if (p >= s.length()) return out;
            char c = s.charAt(p);
            if (c == '}') {
                if (!inBlock) throw new KdlError("unexpected '}'", p);
                return out;
            }
            if (c == ';') { p++; continue; }
            boolean skip = false;
            if (s.startsWith("/-", p)) {
                p += 2;
                skipLineSpace(true);
                skip = true;
            }
            Node n = node();
            if (!skip) out.add(n);
        }
    }

    private Node node() {
        String type = annotation();
        String name = string(true);
        if (name == null) throw new KdlError("expected a node name", p);
        List<Entry> args = new ArrayList<>();
        LinkedHashMap<String, Entry> props = new LinkedHashMap<>();
        List<Node> children = new ArrayList<>();
        while (true) {
            boolean sawSpace = skipNodeSpace();
            if (p >= s.length()) break;
            char c = s.charAt(p);
            if (c == ';' ) { p++; break; }
            if (c == '\n' || c == '\r' || c == '}') break;
            if (s.startsWith("//", p)) { skipLineSpace(false); break; }
            boolean skip = false;
            if (s.startsWith("/-", p)) {
                p += 2;
                skipNodeSpace();
                skip = true;
                c = p < s.length() ? s.charAt(p) : 0;
            }
            if (c == '{') {
                p++;
                List<Node> kids = nodes(true);
                if (p >= s.length() || s.charAt(p) != '}') throw new KdlError("unclosed children block", p);
                p++;
                if (!skip) children.addAll(kids);
                continue;
            }
            if (!sawSpace && !skip) throw new KdlError("expected whitespace between entries", p);
            int start = p;
            String etype = annotation();
            if (etype == null) {
                String key = tryKey();
                if (key != null) {
                    Entry v = value(annotation());
                    if (!skip) props.put(key, v);
                    continue;
                }
            }
            p = etype == null ? start : p;
            Entry v = value(etype);
            if (!skip) args.add(v);
        }
        return new Node(type, name, args, props, children);
    }

    /** {@code key=} ahead: consumes it and returns the key, else leaves the position alone. */
    private String tryKey() {
        int save = p;
        String key = string(true);
        if (key != null && p < s.length() && s.charAt(p) == '=') {
            p++;
            return key;
        }
        p = save;
        return null;
    }

    private String annotation() {
        if (p >= s.length() || s.charAt(p) != '(') return null;
        p++;
        String t = string(true);
        if (t == null || p >= s.length() || s.charAt(p) != ')') throw new KdlError("bad type annotation", p);
        p++;
        return t;
    }

    private Entry value(String type) {
        if (p >= s.length()) throw new KdlError("expected a value", p);
        char c = s.charAt(p);
        if (c == '"' || (c == '#' && p + 1 < s.length() && (s.charAt(p + 1) == '"' || s.charAt(p + 1) == '#'))
                || (v1 && c == 'r' && p + 1 < s.length() && (s.charAt(p + 1) == '"' || s.charAt(p + 1) == '#'))) {
            return new Entry(type, Value.of(string(false)), false);
        }
        if (c == '#' && !v1) {
            String word = word();
            return new Entry(type, switch (word) {
                case "#true" -> Value.of(true);
                case "#false" -> Value.of(false);
                case "#null" -> Value.NOTHING;
                case "#inf" -> Value.of(Double.POSITIVE_INFINITY);
                case "#-inf" -> Value.of(Double.NEGATIVE_INFINITY);
                case "#nan" -> Value.of(Double.NaN);
                default -> throw new KdlError("unknown keyword " + word, p - word.length());
            }, false);
        }
        int start = p;
        String word = word();
        if (word.isEmpty()) throw new KdlError("expected a value", p);
        Value num = number(word);
        if (num != null) return new Entry(type, num, false);
        if (v1) {
            switch (word) {
                case "true": return new Entry(type, Value.of(true), false);
                case "false": return new Entry(type, Value.of(false), false);
                case "null": return new Entry(type, Value.NOTHING, false);
                default: throw new KdlError("Expected identifier string", start);
            }
        }
        if (word.equals("true") || word.equals("false") || word.equals("null") || Character.isDigit(word.charAt(0)))
            throw new KdlError("invalid bare value " + word, start);
        return new Entry(type, Value.of(word), true);
    }

    private static Value number(String w) {
        String t = w.replace("_", "");
        String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        if (body.isEmpty() || !Character.isDigit(body.charAt(0))) return null;
        boolean neg = t.startsWith("-");
        try {
            if (body.startsWith("0x")) return Value.of((neg ? -1 : 1) * Long.parseLong(body.substring(2), 16));
            if (body.startsWith("0o")) return Value.of((neg ? -1 : 1) * Long.parseLong(body.substring(2), 8));
            if (body.startsWith("0b")) return Value.of((neg ? -1 : 1) * Long.parseLong(body.substring(2), 2));
            if (body.contains(".") || body.contains("e") || body.contains("E")) return Value.of(Double.parseDouble(t));
            return Value.of(Long.parseLong(t));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A bare run of identifier characters. */
    private String word() {
        int start = p;
        while (p < s.length() && identChar(s.charAt(p))) p++;
        return s.substring(start, p);
    }

    private static boolean identChar(char c) {
        return !Character.isWhitespace(c) && "\\/(){};[]=\"".indexOf(c) < 0 && c != '\uFEFF';
    }

    /** An identifier or a (raw) quoted string; {@code name} allows bare words. Returns null if none is here. */
    private String string(boolean name) {
        if (p >= s.length()) return null;
        char c = s.charAt(p);
        if (c == '"') return quoted();
        if ((c == '#' && !v1) || (c == 'r' && v1 && p + 1 < s.length() && (s.charAt(p + 1) == '"' || s.charAt(p + 1) == '#'))) {
            int save = p;
            if (c == 'r') p++;
            int hashes = 0;
            while (p < s.length() && s.charAt(p) == '#') { hashes++; p++; }
            if (p < s.length() && s.charAt(p) == '"') {
                String close = "\"" + "#".repeat(hashes);
                int end = s.indexOf(close, p + 1);
                if (end < 0) throw new KdlError("unclosed raw string", save);
                String out = s.substring(p + 1, end);
                p = end + close.length();
                return out;
            }
            p = save;
            if (c == '#') return null;
        }
        if (!name) return null;
        String w = word();
        return w.isEmpty() ? null : w;
    }

    private String quoted() {
        int start = p++;
        StringBuilder sb = new StringBuilder();
        while (p < s.length()) {
            char c = s.charAt(p++);
            if (c == '"') return sb.toString();
            if (c != '\\') { sb.append(c); continue; }
            if (p >= s.length()) break;
            char e = s.charAt(p++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 's' -> sb.append(' ');
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case 'u' -> {
                    int close = s.indexOf('}', p);
                    if (p >= s.length() || s.charAt(p) != '{' || close < 0) throw new KdlError("bad unicode escape", p);
                    sb.appendCodePoint(Integer.parseInt(s.substring(p + 1, close), 16));
                    p = close + 1;
                }
                default -> {
                    if (Character.isWhitespace(e) && !v1) { // v2 whitespace escape
                        while (p < s.length() && Character.isWhitespace(s.charAt(p))) p++;
                    } else throw new KdlError("invalid escape", p - 1);
                }
            }
        }
        throw new KdlError("unclosed string", start);
    }

    /** Spaces, block comments and escaped newlines inside a node; true if any was skipped. */
    private boolean skipNodeSpace() {
        int start = p;
        while (p < s.length()) {
            char c = s.charAt(p);
            if (c == ' ' || c == '\t' || c == '\uFEFF') p++;
            else if (s.startsWith("/*", p)) blockComment();
            else if (c == '\\') {
                p++;
                while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) p++;
                if (s.startsWith("//", p)) while (p < s.length() && s.charAt(p) != '\n') p++;
                if (p < s.length() && s.charAt(p) == '\r') p++;
                if (p < s.length() && s.charAt(p) == '\n') p++;
            } else break;
        }
        return p > start;
    }

    /** Whitespace, newlines and comments between nodes (or only to the end of the line). */
    private void skipLineSpace(boolean newlines) {
        while (p < s.length()) {
            char c = s.charAt(p);
            if (c == ' ' || c == '\t' || c == '\uFEFF' || (newlines && (c == '\n' || c == '\r'))) p++;
            else if (s.startsWith("//", p)) while (p < s.length() && s.charAt(p) != '\n') p++;
            else if (s.startsWith("/*", p)) blockComment();
            else break;
            if (!newlines && p < s.length() && s.charAt(p) == '\n') return;
        }
    }

    private void blockComment() {
        int depth = 0, start = p;
        while (p < s.length()) {
            if (s.startsWith("/*", p)) { depth++; p += 2; }
            else if (s.startsWith("*/", p)) { depth--; p += 2; if (depth == 0) return; }
            else p++;
        }
        throw new KdlError("unclosed block comment", start);
    }
}
