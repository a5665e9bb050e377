package dev.nuebpf.stdlib.strings;

/** Terminal display width: East Asian wide and fullwidth characters take two cells, combining marks none. */
public final class Width {
    private Width() {}

    /** The width of a text; "\r\n" counts as one cell, as do other control characters (as nu's stats count them). */
    public static int of(String s) {
        int w = 0;
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == '\r' && i + 1 < cps.length && cps[i + 1] == '\n') continue;
            w += Character.isISOControl(cps[i]) ? 1 : of(cps[i]);
        }
        return w;
    }

    public static int of(int cp) {
        if (cp == 0) return 0;
        if (cp < 32 || (cp >= 0x7f && cp < 0xa0)) return 0;
        int t = Character.getType(cp);
        if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT) return 0;
        if (cp == 0x200B || (cp >= 0x1160 && cp <= 0x11FF)) return 0;
        return wide(cp) ? 2 : 1;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x231A && cp <= 0x231B) || (cp >= 0x2329 && cp <= 0x232A)
                || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) || (cp >= 0xA960 && cp <= 0xA97F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE10 && cp <= 0xFE19)
                || (cp >= 0xFE30 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x1F680 && cp <= 0x1F6FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
