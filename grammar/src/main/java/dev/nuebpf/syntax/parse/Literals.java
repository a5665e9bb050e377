package dev.nuebpf.syntax.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/** Reading Nushell's literal spellings: numbers, durations, file sizes, dates and string escapes. */
final class Literals {
    private Literals() {}

    private static final Pattern DECIMAL_INT = Pattern.compile("[+-]?[0-9][0-9_]*");
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:[0-9][0-9_]*\\.[0-9][0-9_]*(?:[eE][+-]?[0-9]+)?|[0-9][0-9_]*[eE][+-]?[0-9]+|\\.[0-9][0-9_]*(?:[eE][+-]?[0-9]+)?|[0-9][0-9_]*\\.)");
    private static final Pattern UNIT_NUMBER = Pattern.compile("([+-]?(?:[0-9][0-9_]*(?:\\.[0-9][0-9_]*)?|\\.[0-9][0-9_]*))([a-zA-Zµ]+)");
    private static final Pattern DATE = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?");

    /** An int literal (decimal, 0x, 0o, 0b, with _ separators), or null. Throws ArithmeticException on overflow. */
    static Long parseInt(String s) {
        String t = s;
        boolean neg = false;
        if (t.startsWith("-") || t.startsWith("+")) {
            neg = t.startsWith("-");
            t = t.substring(1);
        }
        int radix = 10;
        if (t.length() > 2 && t.charAt(0) == '0' && "xob".indexOf(t.charAt(1)) >= 0) {
            radix = t.charAt(1) == 'x' ? 16 : t.charAt(1) == 'o' ? 8 : 2;
            t = t.substring(2);
        } else if (!DECIMAL_INT.matcher(t).matches()) {
            return null;
        }
        t = t.replace("_", "");
        if (t.isEmpty()) return null;
        try {
            java.math.BigInteger v = new java.math.BigInteger(t, radix);
            if (neg) v = v.negate();
            if (radix != 10 && v.bitLength() == 64 && !neg) return v.longValue(); // 0xffff_ffff_ffff_ffff wraps as in nu
            return v.longValueExact();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Double parseFloat(String s) {
        if (!FLOAT.matcher(s).matches()) return null;
        try {
            return Double.parseDouble(s.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean isDate(String s) { return DATE.matcher(s).matches(); }

    /** Nanoseconds per duration unit, or 0 when not a duration unit. */
    static long durationUnit(String unit) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "µs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "sec" -> 1_000_000_000L;
            case "min" -> 60_000_000_000L;
            case "hr" -> 3_600_000_000_000L;
            case "day" -> 86_400_000_000_000L;
            case "wk" -> 604_800_000_000_000L;
            default -> 0L;
        };
    }

    /** Bytes per file size unit (case-insensitive as in Nushell), or 0 when not a size unit. */
    static long filesizeUnit(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "b" -> 1L;
            case "kb" -> 1_000L;
            case "mb" -> 1_000_000L;
            case "gb" -> 1_000_000_000L;
            case "tb" -> 1_000_000_000_000L;
            case "pb" -> 1_000_000_000_000_000L;
            case "eb" -> 1_000_000_000_000_000_000L;
            case "kib" -> 1L << 10;
            case "mib" -> 1L << 20;
            case "gib" -> 1L << 30;
            case "tib" -> 1L << 40;
            case "pib" -> 1L << 50;
            case "eib" -> 1L << 60;
            default -> 0L;
        };
    }

    /** A number with a unit: {number text, unit}, or null. */
    static String[] splitUnit(String s) {
        var m = UNIT_NUMBER.matcher(s);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    /** value * unit, where value may be a decimal; exact for integers. */
    static long scale(String number, long unit) {
        String n = number.replace("_", "");
        if (n.indexOf('.') < 0) return Math.multiplyExact(Long.parseLong(n.startsWith("+") ? n.substring(1) : n), unit);
        return new java.math.BigDecimal(n).multiply(java.math.BigDecimal.valueOf(unit))
                .setScale(0, java.math.RoundingMode.DOWN).longValueExact();
    }

    /**
     * Decodes the escapes of a double-quoted string body. Returns the index of the first bad escape
     * through {@code badAt[0]} (or -1).
     */
    static String unescape(String body, int[] badAt) {
        if (badAt != null) badAt[0] = -1;
        if (body.indexOf('\\') < 0) return body;
        StringBuilder sb = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                sb.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '"' -> sb.append('"');
                case '\'' -> sb.append('\'');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case '(' -> sb.append('(');
                case ')' -> sb.append(')');
                case '{' -> sb.append('{');
                case '}' -> sb.append('}');
                case '$' -> sb.append('$');
                case '^' -> sb.append('^');
                case '#' -> sb.append('#');
                case '|' -> sb.append('|');
                case '~' -> sb.append('~');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'e' -> sb.append('\u001b');
                case 'f' -> sb.append('\f');
                case '0' -> sb.append('\0');
                case 'u' -> {
                    int close = body.indexOf('}', i);
                    if (i + 1 < body.length() && body.charAt(i + 1) == '{' && close > 0 && close - i - 2 >= 1 && close - i - 2 <= 6) {
                        try {
                            sb.appendCodePoint(Integer.parseInt(body.substring(i + 2, close), 16));
                            i = close;
                        } catch (IllegalArgumentException ex) {
                            if (badAt != null && badAt[0] < 0) badAt[0] = i - 1;
                            sb.append('\\').append(e);
                        }
                    } else {
                        if (badAt != null && badAt[0] < 0) badAt[0] = i - 1;
                        sb.append('\\').append(e);
                    }
                }
                default -> {
                    if (badAt != null && badAt[0] < 0) badAt[0] = i - 1;
                    sb.append('\\').append(e);
                }
            }
        }
        return sb.toString();
    }
}
