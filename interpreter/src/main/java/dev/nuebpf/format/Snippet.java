package dev.nuebpf.format;

import dev.nuebpf.diag.Label;
import dev.nuebpf.diag.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * The source box of a diagnostic: the labelled lines with one line of context around them, every
 * single-line span underlined with a marker at its middle and its label hanging off that marker (rightmost
 * label first), and a span over several lines drawn with an arrow in a column of its own.
 */
final class Snippet {
    private static final String[] COLORS = {"35;1", "33;1", "32;1"};

    private final List<Label> labels;
    private final DiagnosticRenderer.Glyphs g;
    private final DiagnosticRenderer.Paint p;
    private final Source src;
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> lineStarts = new ArrayList<>();

    /** A label placed on lines: 0-based lines and display columns, end exclusive. */
    private record Placed(Label label, String color, int startLine, int startCol, int endLine, int endCol) {
        boolean multi() { return startLine != endLine; }
        int len() { return Math.max(1, endCol - startCol); }
        int mid() { return startCol + (endCol > startCol ? (endCol - startCol) / 2 : 0); }
        boolean hasText() { return label.text() != null && !label.text().isEmpty(); }
    }

    Snippet(List<Label> labels, DiagnosticRenderer.Glyphs g, DiagnosticRenderer.Paint p) {
        this.labels = labels;
        this.g = g;
        this.p = p;
        this.src = labels.get(0).span().source();
        String text = src.text();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i == text.length() && start == i && !lines.isEmpty()) break; // trailing newline: no extra line
                lines.add(stripCr(text.substring(start, i)));
                lineStarts.add(start);
                start = i + 1;
            }
        }
        if (lines.isEmpty()) {
            lines.add("");
            lineStarts.add(0);
        }
    }

    private static String stripCr(String s) { return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s; }

    private int lineOf(int offset) {
        int lo = 0, hi = lineStarts.size() - 1;
        while (lo < hi) {
            int m = (lo + hi + 1) >>> 1;
            if (lineStarts.get(m) <= offset) lo = m; else hi = m - 1;
        }
        return lo;
    }

    /** Display column of an offset: tabs expanded to the next multiple of four, wide characters counted twice. */
    private int colOf(int line, int offset) {
        String l = lines.get(line);
        int upto = Math.min(Math.max(0, offset - lineStarts.get(line)), l.length());
        return TextWidth.of(expandTabs(l.substring(0, upto)));
    }

    private static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) return s;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') sb.append(" ".repeat(4 - TextWidth.of(sb.toString()) % 4));
            else sb.append(c);
        }
        return sb.toString();
    }

    void render(StringBuilder sb) {
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Label l = labels.get(i);
            int s = l.span().start(), e = Math.max(l.span().start(), l.span().end());
            int sl = lineOf(s);
            int el = e > s ? lineOf(e - 1) : sl;
            int ec = e > s ? colOf(el, e - 1) + 1 : colOf(sl, s);
            placed.add(new Placed(l, COLORS[i % COLORS.length], sl, colOf(sl, s), el, ec));
        }
        int first = placed.stream().mapToInt(Placed::startLine).min().orElse(0);
        int last = placed.stream().mapToInt(Placed::endLine).max().orElse(0);
        int from = Math.max(0, first - 1), to = Math.min(lines.size() - 1, last + 1);
        int digits = Integer.toString(to + 1).length();
        String indent = " ".repeat(digits + 2);
        Placed head = placed.get(0);
        // The header counts characters, not display columns (a tab is one).
        int headCol = Math.max(0, head.label().span().start() - lineStarts.get(head.startLine())) + 1;
        String loc = src.name() + ":" + (head.startLine() + 1) + ":" + headCol;
        sb.append(indent).append(g.open()).append(p.wrap("36;1;4", loc)).append("]\n");
        Placed multi = placed.stream().filter(Placed::multi).findFirst().orElse(null);
        String gutter = " " + " ".repeat(digits) + " " + g.gutterBar() + " ";
        for (int i = from; i <= to; i++) {
            String num = String.format("%" + digits + "d", i + 1);
            sb.append(' ').append(p.wrap("2", num)).append(' ').append(g.lineBar()).append(' ');
            String multiCol = "";
            if (multi != null) {
                if (i == multi.startLine()) multiCol = p.wrap(multi.color(), g.multiStart());
                else if (i > multi.startLine() && i < multi.endLine()) multiCol = p.wrap(multi.color(), g.multiMid());
                else if (i == multi.endLine()) multiCol = p.wrap(multi.color(), g.multiEnd());
                else multiCol = "    ";
            }
            sb.append(multiCol).append(expandTabs(lines.get(i))).append('\n');
            List<Placed> here = new ArrayList<>();
            for (Placed pl : placed) if (!pl.multi() && pl.startLine() == i) here.add(pl);
            String pad = multi == null ? "" : (i >= multi.startLine() && i < multi.endLine() ? g.multiMid() : "    ");
            if (!here.isEmpty()) underline(sb, gutter + pad, here);
            if (multi != null && i == multi.endLine()) {
                sb.append(gutter).append(p.start(multi.color())).append(g.multiLabel());
                if (multi.hasText()) sb.append(' ').append(multi.label().text());
                sb.append(p.reset()).append('\n');
            }
        }
        sb.append(indent).append(g.close()).append('\n');
    }

    private void underline(StringBuilder sb, String gutter, List<Placed> here) {
        StringBuilder row = new StringBuilder(gutter);
        int pos = 0;
        for (Placed pl : here) {
            StringBuilder seg = new StringBuilder(" ".repeat(Math.max(0, pl.startCol() - pos)));
            if (pl.endCol() <= pl.startCol()) seg.append(g.zero());
            else {
                for (int k = 0; k < pl.len(); k++) seg.append(pl.hasText() && k == pl.len() / 2 ? g.mid() : g.under());
            }
            row.append(p.wrap(pl.color(), seg.toString()));
            pos = Math.max(pos, pl.startCol() + pl.len());
        }
        sb.append(row).append('\n');
        List<Placed> texts = here.stream().filter(Placed::hasText).toList();
        for (int k = texts.size() - 1; k >= 0; k--) {
            StringBuilder line = new StringBuilder(gutter);
            int at = 0;
            for (int j = 0; j < k; j++) {
                Placed pj = texts.get(j);
                if (pj.mid() < at) continue;
                line.append(" ".repeat(pj.mid() - at)).append(p.wrap(pj.color(), g.vertical()));
                at = pj.mid() + 1;
            }
            Placed pk = texts.get(k);
            line.append(" ".repeat(Math.max(0, pk.mid() - at)));
            line.append(p.start(pk.color())).append(g.hook()).append(' ')
                    .append(p.wrap(pk.color(), pk.label().text())).append(p.reset());
            sb.append(line).append('\n');
        }
    }
}
