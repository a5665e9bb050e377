package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Errors;
import dev.nuebpf.diag.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Brace expansion: a sequence of literal text and {@code {...}} groups, each group a comma list of
 * (recursively expanded) alternatives or a numeric range {@code a..b}; the result is the cartesian product.
 * Backslash escapes the next character unless in path mode.
 */
final class BraceExpansion {
    private final String s;
    private final boolean path;
    private final Span span;
    private int pos;

    private BraceExpansion(String s, boolean path, Span span) {
        this.s = s;
        this.path = path;
        this.span = span;
    }

    static List<String> expand(String s, boolean path, Span span) {
        if (s.isEmpty()) {
            throw dev.nuebpf.command.ShellException.of("nu::shell::pipeline_mismatch", "Pipeline empty.", span, "no input value was piped in");
        }
        if (!hasBrace(s, path)) throw Errors.generic("No Braces", span, "At least one `{}` brace expansion expected.");
        BraceExpansion p = new BraceExpansion(s, path, span);
        List<String> out = p.sequence(false);
        if (p.pos < s.length()) throw Errors.generic("Format Not Supported", span, "unbalanced braces");
        return out;
    }

    /** Any brace, even an escaped or unbalanced one, makes nu attempt (and maybe reject) the expansion. */
    private static boolean hasBrace(String s, boolean path) {
        return s.indexOf('{') >= 0 || s.indexOf('}') >= 0;
    }

    /** Expands up to the end, or (inside a group) up to an unescaped ',' or '}'. */
    private List<String> sequence(boolean inGroup) {
        List<String> acc = new ArrayList<>(List.of(""));
        StringBuilder lit = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '\\' && !path && pos + 1 < s.length()) {
                lit.append(s.charAt(pos + 1));
                pos += 2;
            } else if (c == '{') {
                pos++;
                List<String> alts = group();
                acc = product(acc, lit.toString(), alts);
                lit.setLength(0);
            } else if (inGroup && (c == ',' || c == '}')) {
                break;
            } else if (c == '}') {
                throw Errors.generic("Format Not Supported", span, "unbalanced braces");
            } else {
                lit.append(c);
                pos++;
            }
        }
        return product(acc, lit.toString(), List.of(""));
    }

    /** After '{': alternatives up to the matching '}'. */
    private List<String> group() {
        int close = matching(pos);
        if (close < 0) throw Errors.generic("Format Not Supported", span, "missing closing brace");
        String body = s.substring(pos, close);
        if (body.contains("..") && !body.contains(",") && !body.contains("{")) {
            pos = close + 1;
            return range(body);
        }
        List<String> alts = new ArrayList<>();
        while (true) {
            alts.addAll(sequence(true));
            if (pos >= s.length()) throw Errors.generic("Format Not Supported", span, "missing closing brace");
            char c = s.charAt(pos++);
            if (c == '}') break;
        }
        return alts;
    }

    private int matching(int from) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && !path) { i++; continue; }
            if (c == '{') depth++;
            if (c == '}' && --depth == 0) return i;
        }
        return -1;
    }

    private List<String> range(String body) {
        String[] parts = body.split("\\.\\.", -1);
        if (parts.length > 2) throw Errors.generic("Extra Range Operator", span, "only one .. is allowed");
        if (!parts[0].matches("\\d+") || !parts[1].matches("\\d+")) {
            throw Errors.generic("Range Can not Have Text", span, "ranges must be numeric");
        }
        long a = Long.parseLong(parts[0]), b = Long.parseLong(parts[1]);
        boolean pad = parts[0].startsWith("0") && parts[0].length() > 1 || parts[1].startsWith("0") && parts[1].length() > 1;
        int width = pad ? Math.max(parts[0].length(), parts[1].length()) : 0;
        List<String> out = new ArrayList<>();
        for (long i = a; i <= b; i++) out.add(width > 0 ? String.format("%0" + width + "d", i) : Long.toString(i));
        return out;
    }

    private static List<String> product(List<String> acc, String lit, List<String> alts) {
        List<String> out = new ArrayList<>(acc.size() * alts.size());
        for (String a : acc) for (String b : alts) out.add(a + lit + b);
        return out;
    }
}
