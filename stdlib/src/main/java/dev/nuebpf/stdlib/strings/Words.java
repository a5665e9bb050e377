package dev.nuebpf.stdlib.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word splitting for the case commands (camel, snake, kebab ...): words are separated by anything not a
 * letter or digit, and inside a run by case changes: "fooBar" is foo|Bar and "HTTPServer" is HTTP|Server.
 */
final class Words {
    private Words() {}

    enum Mode { BOUNDARY, LOWER, UPPER }

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String run : s.split("[^\\p{L}\\p{N}]+")) {
            if (run.isEmpty()) continue;
            int[] cps = run.codePoints().toArray();
            int start = 0;
            Mode mode = Mode.BOUNDARY;
            for (int i = 0; i < cps.length; i++) {
                int c = cps[i];
                if (i + 1 == cps.length) {
                    out.add(sub(cps, start, cps.length));
                    break;
                }
                int next = cps[i + 1];
                Mode nextMode = Character.isLowerCase(c) ? Mode.LOWER : Character.isUpperCase(c) ? Mode.UPPER : mode;
                if (nextMode == Mode.LOWER && Character.isUpperCase(next)) {
                    // aB: a word ends after the lowercase letter
                    out.add(sub(cps, start, i + 1));
                    start = i + 1;
                    mode = Mode.BOUNDARY;
                } else if (mode == Mode.UPPER && Character.isUpperCase(c) && Character.isLowerCase(next)) {
                    // ABc: the last capital starts the next word
                    out.add(sub(cps, start, i));
                    start = i;
                    mode = Mode.BOUNDARY;
                } else {
                    mode = nextMode;
                }
            }
        }
        return out;
    }

    private static String sub(int[] cps, int from, int to) { return new String(cps, from, to - from); }

    static String lower(String w) { return w.toLowerCase(Locale.ROOT); }

    static String upper(String w) { return w.toUpperCase(Locale.ROOT); }

    /** First letter upper-cased, the rest lower-cased. */
    static String title(String w) {
        if (w.isEmpty()) return w;
        int n = Character.charCount(w.codePointAt(0));
        return w.substring(0, n).toUpperCase(Locale.ROOT) + w.substring(n).toLowerCase(Locale.ROOT);
    }
}
