package dev.nuebpf.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out and draws a grid of text cells in nu's rounded style. Fitting to the terminal follows what nu
 * does: if shrinking the widest column alone makes the table fit, that column's cells wrap; otherwise the
 * columns are kept from the left at their natural width, the first one that does not fit is wrapped into
 * what is left, and the rest are replaced by a {@code ...} column.
 */
final class TextGrid {
    /** A cell's text (may contain newlines) and whether it is right-aligned. */
    record Cell(String text, boolean right, boolean center) {
        Cell(String text, boolean right) { this(text, right, false); }
    }

    /** Tables with more data rows than this repeat their header at the bottom (nu's footer_mode default). */
    static final int FOOTER_ROWS = 25;
    private static final int MIN_WIDTH = 3;
    private static final String MORE = "...";

    private final List<String> header; // null: no header row
    private final List<List<Cell>> rows;
    private final boolean indexColumn;

    TextGrid(List<String> header, List<List<Cell>> rows, boolean indexColumn) {
        this.header = header;
        this.rows = rows;
        this.indexColumn = indexColumn;
    }

    String draw(int width) {
        int n = header != null ? header.size() : rows.isEmpty() ? 0 : rows.get(0).size();
        int[] natural = new int[n];
        for (int c = 0; c < n; c++) {
            if (header != null) natural[c] = Math.max(natural[c], maxLineWidth(header.get(c)));
            for (List<Cell> r : rows) natural[c] = Math.max(natural[c], maxLineWidth(r.get(c).text()));
        }
        int[] widths = fit(natural, width);
        boolean truncated = widths.length < n;
        StringBuilder sb = new StringBuilder();
        int shown = widths.length;
        int[] all = truncated ? append(widths, MORE.length()) : widths;
        border(sb, all, '╭', '┬', '╮');
        if (header != null) {
            List<Cell> hs = new ArrayList<>();
            for (int c = 0; c < shown; c++) hs.add(new Cell(header.get(c), indexColumn && c == 0));
            if (truncated) hs.add(new Cell(MORE, false));
            row(sb, hs, all, true);
            border(sb, all, '├', '┼', '┤');
        }
        for (List<Cell> r : rows) {
            List<Cell> cs = new ArrayList<>(r.subList(0, shown));
            if (truncated) cs.add(new Cell(MORE, false));
            row(sb, cs, all, false);
        }
        if (header != null && rows.size() > FOOTER_ROWS) {
            border(sb, all, '├', '┼', '┤');
            List<Cell> hs = new ArrayList<>();
            for (int c = 0; c < shown; c++) hs.add(new Cell(header.get(c), indexColumn && c == 0));
            if (truncated) hs.add(new Cell(MORE, false));
            row(sb, hs, all, true);
        }
        border(sb, all, '╰', '┴', '╯');
        sb.setLength(sb.length() - 1); // no trailing newline
        return sb.toString();
    }

    private static int total(int[] ws, int count) {
        int t = 1;
        for (int i = 0; i < count; i++) t += ws[i] + 3;
        return t;
    }

    /** Column widths that fit {@code width}; fewer columns than given means a {@code ...} column follows. */
    private int[] fit(int[] natural, int width) {
        int n = natural.length;
        if (total(natural, n) <= width || n == 0) return natural.clone();
        int widest = -1;
        for (int c = indexColumn ? 1 : 0; c < n; c++) if (widest < 0 || natural[c] >= natural[widest]) widest = c; // ties: the rightmost, as nu
        int excess = total(natural, n) - width;
        if (widest >= 0 && natural[widest] - excess >= Math.max(MIN_WIDTH, headerWidth(widest))) {
            int[] ws = natural.clone();
            ws[widest] -= excess;
            return ws;
        }
        List<Integer> kept = new ArrayList<>();
        int used = 1;
        for (int c = 0; c < n; c++) {
            boolean last = c == n - 1;
            int reserve = last ? 0 : MORE.length() + 3;
            if (used + natural[c] + 3 + reserve <= width) {
                kept.add(natural[c]);
                used += natural[c] + 3;
                continue;
            }
            int avail = width - used - 3 - (last ? 0 : MORE.length() + 3);
            if (avail >= MIN_WIDTH && !(indexColumn && c == 0)) {
                kept.add(avail);
                if (last) return toArray(kept);
            }
            break;
        }
        if (kept.isEmpty()) kept.add(Math.max(1, natural[0]));
        return toArray(kept);
    }

    private int headerWidth(int c) { return header == null ? 0 : maxLineWidth(header.get(c)); }

    private static int[] toArray(List<Integer> xs) {
        int[] a = new int[xs.size()];
        for (int i = 0; i < a.length; i++) a[i] = xs.get(i);
        return a;
    }

    private static int[] append(int[] a, int x) {
        int[] b = java.util.Arrays.copyOf(a, a.length + 1);
        b[a.length] = x;
        return b;
    }

    private static void border(StringBuilder sb, int[] ws, char left, char mid, char right) {
        sb.append(left);
        for (int c = 0; c < ws.length; c++) {
            if (c > 0) sb.append(mid);
            sb.append("─".repeat(ws[c] + 2));
        }
        sb.append(right).append('\n');
    }

    private static void row(StringBuilder sb, List<Cell> cells, int[] ws, boolean isHeader) {
        List<List<String>> lines = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < ws.length; c++) {
            List<String> ls = Wrap.wrap(cells.get(c).text(), ws[c]);
            lines.add(ls);
            height = Math.max(height, ls.size());
        }
        for (int l = 0; l < height; l++) {
            sb.append('│');
            for (int c = 0; c < ws.length; c++) {
                String text = l < lines.get(c).size() ? lines.get(c).get(l) : "";
                int pad = ws[c] - TextWidth.of(text);
                int left;
                if (cells.get(c).right()) left = pad;
                else if (isHeader || cells.get(c).center()) left = pad / 2;
                else left = 0;
                sb.append(' ').append(" ".repeat(Math.max(0, left))).append(text)
                        .append(" ".repeat(Math.max(0, pad - left))).append(" │");
            }
            sb.append('\n');
        }
    }

    static int maxLineWidth(String s) {
        int m = 0;
        for (String line : s.split("\n", -1)) m = Math.max(m, TextWidth.of(line));
        return m;
    }
}
