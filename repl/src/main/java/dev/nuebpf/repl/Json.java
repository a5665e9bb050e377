package dev.nuebpf.repl;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The little JSON the conformance protocol needs: reading one flat object whose string members matter
 * (other members are skipped whatever they hold) and quoting strings for the answer.
 */
final class Json {
    private final String s;
    private int i;

    private Json(String s) { this.s = s; }

    /** The string-valued members of a JSON object; other members are parsed and dropped. */
    static Map<String, String> readObject(String text) {
        Json j = new Json(text);
        Map<String, String> out = new LinkedHashMap<>();
        j.ws();
        j.expect('{');
        j.ws();
        if (j.peek() == '}') return out;
        while (true) {
            j.ws();
            String key = j.string();
            j.ws();
            j.expect(':');
            j.ws();
            if (j.peek() == '"') out.put(key, j.string());
            else j.skipValue();
            j.ws();
            char c = j.next();
            if (c == '}') return out;
            if (c != ',') throw new IllegalArgumentException("expected , or } at " + j.i);
        }
    }

    static String quote(String v) {
        StringBuilder sb = new StringBuilder(v.length() + 2).append('"');
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    private char peek() { return i < s.length() ? s.charAt(i) : '\0'; }

    private char next() {
        if (i >= s.length()) throw new IllegalArgumentException("unexpected end of JSON");
        return s.charAt(i++);
    }

    private void expect(char c) {
        if (next() != c) throw new IllegalArgumentException("expected " + c + " at " + (i - 1));
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') return sb.toString();
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    if (i + 4 > s.length()) throw new IllegalArgumentException("bad \\u escape");
                    sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> sb.append(e); // \" \\ \/
            }
        }
    }

    private void skipValue() {
        char c = peek();
        if (c == '"') {
            string();
        } else if (c == '{' || c == '[') {
            char close = c == '{' ? '}' : ']';
            next();
            ws();
            if (peek() == close) {
                next();
                return;
            }
            while (true) {
                ws();
                if (c == '{') {
                    string();
                    ws();
                    expect(':');
                    ws();
                }
                skipValue();
                ws();
                char d = next();
                if (d == close) return;
                if (d != ',') throw new IllegalArgumentException("bad JSON at " + (i - 1));
            }
        } else {
            while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) i++;
        }
    }
}
