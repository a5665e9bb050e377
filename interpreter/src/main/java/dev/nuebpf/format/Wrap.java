package dev.nuebpf.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a cell's text to a column width the way nu's tables do: words move to the next line when they fit
 * there, a word longer than the line fills the current line and continues on the next.
 */
final class Wrap {
    private Wrap() {}

    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) wrapLine(line, Math.max(1, width), out);
        return out;
    }

    private static void wrapLine(String line, int width, List<String> out) {
        if (TextWidth.of(line) <= width) {
            out.add(line);
            return;
        }
        StringBuilder cur = new StringBuilder();
        int curW = 0;
        String[] words = line.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            int ww = TextWidth.of(word);
            int sep = curW > 0 ? 1 : 0;
            if (curW + sep + ww <= width) {
                if (sep == 1) cur.append(' ');
                cur.append(word);
                curW += sep + ww;
                continue;
            }
            if (ww <= width && curW > 0) {
                out.add(cur.toString());
                cur.setLength(0);
                cur.append(word);
                curW = ww;
                continue;
            }
            // A word too long for any line: fill what is left of this one, then whole lines.
            if (curW > 0 && curW + 1 < width) {
                cur.append(' ');
                curW++;
            } else if (curW > 0) {
                out.add(cur.toString());
                cur.setLength(0);
                curW = 0;
            }
            for (int k = 0; k < word.length(); ) {
                int cp = word.codePointAt(k);
                int cw = TextWidth.of(cp);
                if (curW + cw > width) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    curW = 0;
                }
                cur.appendCodePoint(cp);
                curW += cw;
                k += Character.charCount(cp);
            }
        }
        out.add(cur.toString());
    }

    /** Plain word wrapping (help text): words never split, a word wider than the line gets a line of its own. */
    static List<String> wrapWords(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int curW = 0;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) continue;
            int ww = TextWidth.of(word);
            if (curW > 0 && curW + 1 + ww > width) {
                out.add(cur.toString());
                cur.setLength(0);
                curW = 0;
            }
            if (curW > 0) {
                cur.append(' ');
                curW++;
            }
            cur.append(word);
            curW += ww;
        }
        out.add(cur.toString());
        return out;
    }
}
