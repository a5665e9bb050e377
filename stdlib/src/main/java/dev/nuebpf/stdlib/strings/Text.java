package dev.nuebpf.stdlib.strings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unicode helpers: Nushell indexes strings by UTF-8 bytes by default, by grapheme cluster on request,
 * while Java strings are UTF-16; these convert between the three.
 */
public final class Text {
    private Text() {}

    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    /** Extended grapheme clusters, in order. */
    public static List<String> graphemes(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = GRAPHEME.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** Code points as strings. */
    public static List<String> codePoints(String s) {
        List<String> out = new ArrayList<>();
        s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
        return out;
    }

    public static int utf8Length(String s) { return s.getBytes(StandardCharsets.UTF_8).length; }

    /** The UTF-8 byte offset of a UTF-16 char index. */
    public static int byteOffset(String s, int charIndex) { return utf8Length(s.substring(0, charIndex)); }

    /** Bytes [from, to) of the UTF-8 form, decoded leniently (split characters become U+FFFD). */
    public static String byteSlice(String s, int from, int to) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        from = Math.max(0, Math.min(from, b.length));
        to = Math.max(from, Math.min(to, b.length));
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    /** ASCII whitespace as Nushell's trim sees it. */
    public static boolean isTrimSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C;
    }

    /** The first code point upper-cased (possibly into several chars, ß → SS), the rest unchanged. */
    public static String capitalize(String s) {
        if (s.isEmpty()) return s;
        int n = Character.charCount(s.codePointAt(0));
        return s.substring(0, n).toUpperCase(java.util.Locale.ROOT) + s.substring(n);
    }
}
