package dev.nuebpf.stdlib.markup;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * A small Markdown reader producing nu's AST rows {type, position, attrs, children}: YAML front matter,
 * ATX headings, fenced code and paragraphs (whose inline nodes sit directly in the parent, as nu shows
 * them), with emphasis, strong and inline code. Lists, quotes and links are read as plain text.
 */
final class Markdown {
    private final String[] lines;

    private Markdown(String text) { this.lines = text.split("\n", -1); }

    static List<Value> parse(String text) { return new Markdown(text).blocks(); }

    private List<Value> blocks() {
        List<Value> out = new ArrayList<>();
        int i = 0;
        if (lines.length > 1 && lines[0].equals("---")) {
            for (int j = 1; j < lines.length; j++) {
                if (lines[j].equals("---")) {
                    String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, j));
                    out.add(node("yaml", pos(1, 1, j + 1, 4), Record.builder().put("value", Value.of(yaml)).build(), List.of()));
                    i = j + 1;
                    break;
                }
            }
        }
        while (i < lines.length) {
            String line = lines[i];
            if (line.isBlank()) { i++; continue; }
            int hashes = 0;
            while (hashes < line.length() && hashes < 7 && line.charAt(hashes) == '#') hashes++;
            if (hashes >= 1 && hashes <= 6 && (line.length() == hashes || line.charAt(hashes) == ' ')) {
                int start = Math.min(line.length(), hashes + 1);
                String body = line.substring(start).stripTrailing();
                Record attrs = Record.builder().put("depth", Value.of(hashes)).put("level", Value.of(hashes)).build();
                out.add(node("h" + hashes, pos(i + 1, 1, i + 1, line.stripTrailing().length() + 1), attrs, inline(body, i + 1, start + 1)));
                i++;
                continue;
            }
            if (line.startsWith("```") || line.startsWith("~~~")) {
                String fence = line.substring(0, 3), lang = line.substring(3).trim();
                int j = i + 1;
                List<String> body = new ArrayList<>();
                while (j < lines.length && !lines[j].startsWith(fence)) body.add(lines[j++]);
                int endLine = Math.min(j, lines.length - 1);
                int endCol = j < lines.length ? lines[j].length() + 1 : lines[endLine].length() + 1;
                Record.Builder attrs = Record.builder().put("value", Value.of(String.join("\n", body)));
                if (!lang.isEmpty()) attrs.put("lang", Value.of(lang));
                attrs.put("fence", Value.of(true));
                out.add(node("code", pos(i + 1, 1, endLine + 1, endCol), attrs.build(), List.of()));
                i = j + 1;
                continue;
            }
            int j = i;
            while (j < lines.length && !lines[j].isBlank() && !lines[j].startsWith("#") && !lines[j].startsWith("```")) j++;
            String para = String.join("\n", java.util.Arrays.copyOfRange(lines, i, j));
            out.addAll(inline(para, i + 1, 1));
            i = j;
        }
        return out;
    }

    /** Inline nodes of {@code s}, which starts at (line, col) of the document. */
    private static List<Value> inline(String s, int line, int col) {
        List<Value> out = new ArrayList<>();
        int[] lc = new int[] {line, col};
        StringBuilder text = new StringBuilder();
        int[] textStart = lc.clone();
        int k = 0;
        while (k < s.length()) {
            String marker = s.startsWith("**", k) || s.startsWith("__", k) ? s.substring(k, k + 2)
                    : s.charAt(k) == '*' || s.charAt(k) == '_' || s.charAt(k) == '`' ? s.substring(k, k + 1) : null;
            int close = marker == null ? -1 : s.indexOf(marker, k + marker.length());
            if (marker != null && close > k + marker.length()) {
                if (text.length() > 0) out.add(textNode(text.toString(), textStart, lc));
                text.setLength(0);
                int[] start = lc.clone();
                String inner = s.substring(k + marker.length(), close);
                int[] innerStart = advance(lc, marker);
                int[] innerEnd = advance(innerStart, inner);
                int[] end = advance(innerEnd, marker);
                if (marker.equals("`")) out.add(node("code_inline", pos(start, end), Record.builder().put("value", Value.of(inner)).build(), List.of()));
                else out.add(node(marker.length() == 2 ? "strong" : "emphasis", pos(start, end), Record.EMPTY,
                        List.of(textNode(inner, innerStart, innerEnd))));
                lc = end;
                k = close + marker.length();
                textStart = lc.clone();
                continue;
            }
            text.append(s.charAt(k));
            lc = advance(lc, String.valueOf(s.charAt(k)));
            k++;
        }
        if (text.length() > 0) out.add(textNode(text.toString(), textStart, lc));
        return out;
    }

    private static int[] advance(int[] lc, String s) {
        int l = lc[0], c = lc[1];
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') { l++; c = 1; } else c++;
        }
        return new int[] {l, c};
    }

    private static Value textNode(String s, int[] start, int[] end) {
        return node("text", pos(start, end), Record.builder().put("value", Value.of(s)).build(), List.of());
    }

    private static Record pos(int[] s, int[] e) { return pos(s[0], s[1], e[0], e[1]); }

    private static Record pos(int l1, int c1, int l2, int c2) {
        return Record.builder()
                .put("start", Record.builder().put("line", Value.of(l1)).put("column", Value.of(c1)).build())
                .put("end", Record.builder().put("line", Value.of(l2)).put("column", Value.of(c2)).build()).build();
    }

    private static Value node(String type, Record position, Record attrs, List<Value> children) {
        return Record.builder().put("type", Value.of(type)).put("position", position).put("attrs", attrs)
                .put("children", new Value.ListV(children)).build();
    }

    /**
     * nu's default rows: nodes with a value become {element, content, content_span, attributes}; headings and
     * strong dissolve into their children (which inherit the heading's attributes); emphasis keeps its text.
     */
    static List<Value> reduce(List<Value> nodes, Record inherited) {
        List<Value> out = new ArrayList<>();
        for (Value v : nodes) {
            Record n = (Record) v;
            String type = ((Value.Str) n.get("type")).value();
            Record attrs = (Record) n.get("attrs");
            List<Value> kids = ((Value.ListV) n.get("children")).items();
            if (type.matches("h[1-6]")) { out.addAll(reduce(kids, attrs)); continue; }
            String content;
            if (attrs.get("value") instanceof Value.Str s) content = s.value();
            else if (type.equals("emphasis")) content = textOf(kids);
            else { out.addAll(reduce(kids, inherited)); continue; }
            Record.Builder row = Record.builder().put("element", Value.of(type)).put("content", Value.of(content))
                    .put("content_span", n.get("position"));
            Record.Builder own = Record.builder();
            for (int i = 0; i < attrs.size(); i++) {
                String k = attrs.keys().get(i);
                if (!k.equals("value") && !k.equals("fence")) own.put(k, attrs.values().get(i));
            }
            Record ownAttrs = own.build();
            if (ownAttrs.size() > 0) row.put("attributes", ownAttrs);
            else if (inherited != null) row.put("attributes", inherited);
            out.add(row.build());
        }
        return out;
    }

    private static String textOf(List<Value> nodes) {
        StringBuilder sb = new StringBuilder();
        for (Value v : nodes) {
            Record n = (Record) v;
            if (((Record) n.get("attrs")).get("value") instanceof Value.Str s) sb.append(s.value());
            sb.append(textOf(((Value.ListV) n.get("children")).items()));
        }
        return sb.toString();
    }
}
