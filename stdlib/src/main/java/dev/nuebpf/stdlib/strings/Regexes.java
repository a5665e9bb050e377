package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Nushell's regexes are Rust (fancy-regex) syntax; this rewrites the differences java.util.regex cares about:
 * {@code (?P<name>)} groups, names with underscores, and POSIX classes such as {@code [[:digit:]]}.
 * It also expands replacement templates the Rust way ({@code $1}, {@code ${name}}, {@code $name}, {@code $$}).
 */
public final class Regexes {
    private Regexes() {}

    /** A compiled pattern plus its group names in source order (index → nu name, null for unnamed). */
    public record Compiled(Pattern pattern, List<String> groupNames, Map<String, String> javaNames) {
        public int groupCount() { return groupNames.size(); }

        /** The text of the group with this nu name in a match, or null. */
        public String group(Matcher m, String nuName) {
            String j = javaNames.get(nuName);
            return j == null ? null : m.group(j);
        }
    }

    private static final Map<String, String> POSIX = Map.ofEntries(
            Map.entry("alnum", "\\p{Alnum}"), Map.entry("alpha", "\\p{Alpha}"), Map.entry("ascii", "\\p{ASCII}"),
            Map.entry("blank", "\\p{Blank}"), Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("digit", "\\p{Digit}"),
            Map.entry("graph", "\\p{Graph}"), Map.entry("lower", "\\p{Lower}"), Map.entry("print", "\\p{Print}"),
            Map.entry("punct", "\\p{Punct}"), Map.entry("space", "\\s"), Map.entry("upper", "\\p{Upper}"),
            Map.entry("word", "\\w"), Map.entry("xdigit", "\\p{XDigit}"));

    public static Compiled compile(String src, Span span) {
        return compile(src, 0, span);
    }

    public static Compiled compile(String src, int flags, Span span) {
        StringBuilder out = new StringBuilder();
        List<String> names = new ArrayList<>();
        Map<String, String> javaNames = new LinkedHashMap<>();
        int depthClass = 0;
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\\' && src.startsWith("\\Q", i)) {
                int end = src.indexOf("\\E", i + 2);
                end = end < 0 ? src.length() : end + 2;
                out.append(src, i, end);
                i = end - 1;
                continue;
            }
            if (c == '\\' && i + 1 < src.length()) {
                out.append(c).append(src.charAt(i + 1));
                i++;
                continue;
            }
            if (depthClass > 0) {
                if (c == '[' && src.startsWith("[:", i)) {
                    int close = src.indexOf(":]", i + 2);
                    if (close > 0) {
                        String cls = src.substring(i + 2, close);
                        boolean neg = cls.startsWith("^");
                        String j = POSIX.get(neg ? cls.substring(1) : cls);
                        if (j != null) {
                            out.append(neg ? "[^" + j + "]" : j);
                            i = close + 1;
                            continue;
                        }
                    }
                }
                if (c == '[') depthClass++;
                if (c == ']') depthClass--;
                out.append(c);
                continue;
            }
            if (c == '[') {
                depthClass = 1;
                out.append(c);
                // a leading ] or ^] is literal
                if (i + 1 < src.length() && src.charAt(i + 1) == '^') { out.append('^'); i++; }
                if (i + 1 < src.length() && src.charAt(i + 1) == ']') { out.append("\\]"); i++; }
                continue;
            }
            if (c == '(') {
                if (src.startsWith("(?P<", i) || (src.startsWith("(?<", i) && !src.startsWith("(?<=", i) && !src.startsWith("(?<!", i))) {
                    int nameStart = src.indexOf('<', i) + 1;
                    int close = src.indexOf('>', nameStart);
                    if (close < 0) throw invalid(src, "unclosed group name", span);
                    String name = src.substring(nameStart, close);
                    String jname = javaName(name, javaNames.size());
                    names.add(name);
                    javaNames.put(name, jname);
                    out.append("(?<").append(jname).append('>');
                    i = close;
                    continue;
                }
                if (!src.startsWith("(?", i)) names.add(null);
            }
            out.append(c);
        }
        try {
            return new Compiled(Pattern.compile(out.toString(), flags), names, javaNames);
        } catch (PatternSyntaxException e) {
            throw invalid(src, e.getDescription(), span);
        }
    }

    /** Java group names are letters and digits only. */
    private static String javaName(String name, int n) {
        if (name.matches("[A-Za-z][A-Za-z0-9]*")) return name;
        return "g" + n + "x" + name.replaceAll("[^A-Za-z0-9]", "");
    }

    static ShellException invalid(String src, String why, Span span) {
        return ShellException.of("nu::shell::incorrect_value", "Invalid regex", span, "invalid regex: " + why);
    }

    /** Expands {@code $1}, {@code ${1}}, {@code $name}, {@code ${name}} and {@code $$} against a match. */
    public static String expand(String template, Matcher m, Compiled re) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) {
                sb.append(c);
                i++;
                continue;
            }
            char d = template.charAt(i + 1);
            if (d == '$') {
                sb.append('$');
                i += 2;
                continue;
            }
            String ref;
            int next;
            if (d == '{') {
                int close = template.indexOf('}', i + 2);
                if (close < 0) { sb.append(c); i++; continue; }
                ref = template.substring(i + 2, close);
                next = close + 1;
            } else {
                int j = i + 1;
                while (j < template.length() && (Character.isLetterOrDigit(template.charAt(j)) || template.charAt(j) == '_')) j++;
                if (j == i + 1) { sb.append(c); i++; continue; }
                ref = template.substring(i + 1, j);
                next = j;
            }
            String val = null;
            if (ref.chars().allMatch(Character::isDigit) && !ref.isEmpty()) {
                int g = Integer.parseInt(ref);
                if (g <= m.groupCount()) val = m.group(g);
            } else {
                val = re.group(m, ref);
            }
            if (val != null) sb.append(val);
            i = next;
        }
        return sb.toString();
    }
}
