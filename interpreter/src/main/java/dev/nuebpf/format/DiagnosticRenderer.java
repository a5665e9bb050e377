package dev.nuebpf.format;

import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Label;
import dev.nuebpf.diag.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Prints a {@link Diagnostic} the way nu (miette's graphical handler) does: the code, the message, the source
 * lines around the labelled spans with one line of context, each span underlined with its label hanging below,
 * and the help text. Two themes, as nu picks them: Unicode with colours when stderr is a terminal, plain ASCII
 * otherwise (the form scripts and tests see).
 */
public final class DiagnosticRenderer {
    private DiagnosticRenderer() {}

    /** How to draw: Unicode box characters and ANSI colours, and the width help text is wrapped to. */
    public record Style(boolean unicode, boolean color, int width) {
        /** What nu prints when stderr is not a terminal. */
        public static final Style PLAIN = new Style(false, false, 80);

        /** What nu prints on a terminal of the given width. */
        public static Style terminal(int width) { return new Style(true, true, width); }
    }

    /** The full text, ending with the blank line nu leaves after each error. */
    public static String render(Diagnostic d, Style style) {
        StringBuilder sb = new StringBuilder();
        renderOne(d, style, sb);
        return sb.toString();
    }

    private static void renderOne(Diagnostic d, Style st, StringBuilder sb) {
        Glyphs g = st.unicode() ? Glyphs.UNICODE : Glyphs.ASCII;
        Paint p = new Paint(st.color());
        // A diagnostic without a code (nu's related errors, e.g. an `error make` inside a closure) has a bare header.
        if (d.code() == null || d.code().isEmpty()) sb.append("Error: \n");
        else sb.append("Error: ").append(p.wrap("31", d.code())).append("\n\n");
        String mark = p.wrap("31", g.cross);
        appendWrapped(sb, "  " + mark + " ", "    ", d.message(), st.width(), 4);
        List<Label> labels = usableLabels(d);
        if (!labels.isEmpty()) new Snippet(labels, g, p).render(sb);
        if (d.help() != null && !d.help().isEmpty()) {
            appendWrapped(sb, p.wrap("36", "  help: "), "        ", d.help(), st.width(), 8);
        }
        sb.append('\n');
        if (d.inner() != null) renderOne(d.inner(), st, sb);
    }

    /** Labels that can be shown: known spans in the same source as the first one, ordered by position. */
    private static List<Label> usableLabels(Diagnostic d) {
        List<Label> out = new ArrayList<>();
        Source src = null;
        for (Label l : d.labels()) {
            if (l.span() == null || l.span().isUnknown() || l.span().source() == null) continue;
            if (src == null) src = l.span().source();
            if (l.span().source() == src && l.span().start() <= src.text().length()) out.add(l);
        }
        out.sort(Comparator.comparingInt((Label l) -> l.span().start()).thenComparingInt(l -> l.span().end()));
        return out;
    }

    /** Word-wraps {@code text} so no line is wider than {@code width}; {@code prefixWidth} is the visible prefix width. */
    private static void appendWrapped(StringBuilder sb, String prefix, String indent, String text, int width, int prefixWidth) {
        int avail = Math.max(10, width - prefixWidth);
        boolean first = true;
        for (String para : text.split("\n", -1)) {
            List<String> lines = Wrap.wrapWords(para, avail);
            for (String line : lines) {
                sb.append(first ? prefix : indent).append(line).append('\n');
                first = false;
            }
        }
    }

    /** The characters of a theme. */
    record Glyphs(String cross, String open, String gutterBar, String lineBar, String close, char under, char mid,
                  String zero, String vertical, String hook, String multiStart, String multiMid, String multiEnd,
                  String multiLabel) {
        static final Glyphs ASCII = new Glyphs("x", ",-[", ":", "|", "`----", '^', '|', "^", "|", "`--",
                ",-> ", "|   ", "|-> ", "`----");
        static final Glyphs UNICODE = new Glyphs("×", "╭─[", "·", "│", "╰────", '─', '┬', "▲", "│", "╰──",
                "╭─▶ ", "│   ", "├─▶ ", "╰────");
    }

    /** ANSI colouring that can be switched off. */
    record Paint(boolean on) {
        String wrap(String code, String text) { return on ? "\u001b[" + code + "m" + text + "\u001b[0m" : text; }
        String start(String code) { return on ? "\u001b[" + code + "m" : ""; }
        String reset() { return on ? "\u001b[0m" : ""; }
    }
}
