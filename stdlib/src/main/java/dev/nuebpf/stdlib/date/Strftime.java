package dev.nuebpf.stdlib.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * chrono-style strftime: formatting ({@code format date}) and parsing ({@code into datetime --format}),
 * including nu's extensions {@code %J} (= %Y%m%d) and {@code %Q} (= %H%M%S).
 */
public final class Strftime {
    private Strftime() {}

    /** Thrown for an unknown specifier or text that does not match the format. */
    public static final class FormatException extends Exception {
        private static final long serialVersionUID = 1L;
        public FormatException(String message) { super(message); }
    }

    public static String format(ZonedDateTime t, String fmt) throws FormatException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            if (++i >= fmt.length()) throw new FormatException("format ends with a lone %");
            char p = fmt.charAt(i);
            char pad = 0;
            if (p == '-' || p == '_' || p == '0') {
                pad = p;
                if (++i >= fmt.length()) throw new FormatException("incomplete specifier");
                p = fmt.charAt(i);
            }
            if (p == '.' || p == ':' || Character.isDigit(p)) {
                int j = i;
                while (j < fmt.length() && (fmt.charAt(j) == '.' || fmt.charAt(j) == ':' || Character.isDigit(fmt.charAt(j)))) j++;
                if (j >= fmt.length()) throw new FormatException("incomplete specifier");
                String mod = fmt.substring(i, j);
                char s = fmt.charAt(j);
                i = j;
                sb.append(modified(t, mod, s));
                continue;
            }
            sb.append(spec(t, p, pad));
        }
        return sb.toString();
    }

    private static String modified(ZonedDateTime t, String mod, char s) throws FormatException {
        int nano = t.getNano();
        if (s == 'f') {
            return switch (mod) {
                case "." -> nano == 0 ? "" : nano % 1_000_000 == 0 ? String.format(".%03d", nano / 1_000_000)
                        : nano % 1000 == 0 ? String.format(".%06d", nano / 1000) : String.format(".%09d", nano);
                case ".3" -> String.format(".%03d", nano / 1_000_000);
                case ".6" -> String.format(".%06d", nano / 1000);
                case ".9" -> String.format(".%09d", nano);
                case "3" -> String.format("%03d", nano / 1_000_000);
                case "6" -> String.format("%06d", nano / 1000);
                case "9" -> String.format("%09d", nano);
                default -> throw new FormatException("unknown specifier %" + mod + s);
            };
        }
        if (s == 'z' && mod.equals(":")) return offset(t, true);
        if (s == 'z' && mod.equals("::")) return offset(t, true) + ":00";
        throw new FormatException("unknown specifier %" + mod + s);
    }

    private static String num(int v, int width, char pad, char defaultPad) {
        char pc = pad == 0 ? defaultPad : pad == '_' ? ' ' : pad == '0' ? '0' : 0;
        String s = Integer.toString(Math.abs(v));
        if (pc != 0) while (s.length() < width) s = pc + s;
        return v < 0 ? "-" + s : s;
    }

    /** "+01:00" */
    public static String offsetText(ZonedDateTime t) { return offset(t, true); }

    static String offset(ZonedDateTime t, boolean colon) {
        int off = t.getOffset().getTotalSeconds();
        String sign = off < 0 ? "-" : "+";
        off = Math.abs(off);
        return sign + String.format(colon ? "%02d:%02d" : "%02d%02d", off / 3600, off / 60 % 60);
    }

    private static String spec(ZonedDateTime t, char p, char pad) throws FormatException {
        int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return switch (p) {
            case 'Y' -> t.getYear() >= 0 && t.getYear() <= 9999 ? num(t.getYear(), 4, pad, '0') : (t.getYear() > 0 ? "+" : "") + t.getYear();
            case 'C' -> num(Math.floorDiv(t.getYear(), 100), 2, pad, '0');
            case 'y' -> num(Math.floorMod(t.getYear(), 100), 2, pad, '0');
            case 'm' -> num(t.getMonthValue(), 2, pad, '0');
            case 'b', 'h' -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'B' -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'd' -> num(t.getDayOfMonth(), 2, pad, '0');
            case 'e' -> num(t.getDayOfMonth(), 2, pad, ' ');
            case 'a' -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'A' -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'w' -> Integer.toString(t.getDayOfWeek().getValue() % 7);
            case 'u' -> Integer.toString(t.getDayOfWeek().getValue());
            case 'j' -> num(t.getDayOfYear(), 3, pad, '0');
            case 'H' -> num(t.getHour(), 2, pad, '0');
            case 'k' -> num(t.getHour(), 2, pad, ' ');
            case 'I' -> num(hour12, 2, pad, '0');
            case 'l' -> num(hour12, 2, pad, ' ');
            case 'M' -> num(t.getMinute(), 2, pad, '0');
            case 'S' -> num(t.getSecond(), 2, pad, '0');
            case 'f' -> String.format("%09d", t.getNano());
            case 'p' -> t.getHour() < 12 ? "AM" : "PM";
            case 'P' -> t.getHour() < 12 ? "am" : "pm";
            case 'z' -> offset(t, false);
            case 'Z' -> t.getZone() instanceof ZoneOffset ? offset(t, true) : t.getZone().getId();
            case 's' -> Long.toString(t.toEpochSecond());
            case 'F' -> format(t, "%Y-%m-%d");
            case 'D', 'x' -> format(t, "%m/%d/%y");
            case 'T', 'X' -> p == 'T' ? format(t, "%H:%M:%S") : format(t, "%I:%M:%S %p");
            case 'R' -> format(t, "%H:%M");
            case 'v' -> format(t, "%e-%b-%Y");
            case 'r' -> format(t, "%I:%M:%S %p");
            case 'c' -> format(t, "%a %d %b %Y %I:%M:%S %p %:z");
            case '+' -> format(t, "%Y-%m-%dT%H:%M:%S%.f%:z");
            case 'J' -> format(t, "%Y%m%d");
            case 'Q' -> format(t, "%H%M%S");
            case 'U' -> num((t.getDayOfYear() + 6 - t.getDayOfWeek().getValue() % 7) / 7, 2, pad, '0');
            case 'W' -> num((t.getDayOfYear() + 6 - (t.getDayOfWeek().getValue() + 6) % 7) / 7, 2, pad, '0');
            case 'V' -> num(t.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, pad, '0');
            case 'G' -> Integer.toString(t.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR));
            case 'g' -> num(t.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) % 100, 2, pad, '0');
            case 'n' -> "\n";
            case 't' -> "\t";
            case '%' -> "%";
            default -> throw new FormatException("unknown specifier %" + p);
        };
    }

    // ---- parsing ---------------------------------------------------------------------------------

    /** Fields collected while parsing; missing ones default like chrono (date required unless only time given). */
    private static final class Parsed {
        Integer year, month, day, hour, minute, second, nano, hour12, offset, dayOfYear;
        Boolean pm;
        Long epoch;
    }

    /**
     * Parses {@code text} with {@code fmt}. Without an offset in the text, {@code defaultZone} applies; a format
     * with only a time uses today's date in that zone.
     */
    public static ZonedDateTime parse(String text, String fmt, ZoneId defaultZone) throws FormatException {
        Parsed p = new Parsed();
        int[] pos = {0};
        parseInto(text, fmt, pos, p);
        if (pos[0] != text.length()) throw new FormatException("trailing input");
        try {
            return build(p, defaultZone);
        } catch (java.time.DateTimeException e) {
            throw new FormatException(e.getMessage());
        }
    }

    private static ZonedDateTime build(Parsed p, ZoneId defaultZone) throws FormatException {
        if (p.epoch != null) {
            ZonedDateTime t = java.time.Instant.ofEpochSecond(p.epoch).atZone(ZoneOffset.UTC);
            return p.offset != null ? t.withZoneSameInstant(ZoneOffset.ofTotalSeconds(p.offset)) : t;
        }
        int hour = p.hour != null ? p.hour : 0;
        if (p.hour12 != null) hour = p.hour12 % 12 + (Boolean.TRUE.equals(p.pm) ? 12 : 0);
        else if (p.hour != null && Boolean.TRUE.equals(p.pm) && hour < 12) hour += 12;
        LocalTime time = LocalTime.of(hour, p.minute == null ? 0 : p.minute, p.second == null ? 0 : p.second, p.nano == null ? 0 : p.nano);
        ZoneId zone = p.offset != null ? ZoneOffset.ofTotalSeconds(p.offset) : defaultZone;
        LocalDate date;
        if (p.year != null && p.dayOfYear != null) date = LocalDate.ofYearDay(p.year, p.dayOfYear);
        else if (p.year != null && p.month != null && p.day != null) date = LocalDate.of(p.year, p.month, p.day);
        else if (p.year == null && p.month == null && p.day == null) {
            if (p.hour == null && p.hour12 == null) throw new FormatException("not enough information to build a datetime");
            date = LocalDate.now(zone);
        } else throw new FormatException("not enough information to build a date");
        return LocalDateTime.of(date, time).atZone(zone);
    }

    private static void parseInto(String text, String fmt, int[] pos, Parsed p) throws FormatException {
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                if (Character.isWhitespace(c)) {
                    while (pos[0] < text.length() && Character.isWhitespace(text.charAt(pos[0]))) pos[0]++;
                    continue;
                }
                if (pos[0] >= text.length() || text.charAt(pos[0]) != c) throw new FormatException("input does not match the format");
                pos[0]++;
                continue;
            }
            if (++i >= fmt.length()) throw new FormatException("format ends with a lone %");
            char s = fmt.charAt(i);
            if (s == '-' || s == '_' || s == '0') s = fmt.charAt(++i);
            String mod = "";
            while ((s == '.' || s == ':' || Character.isDigit(s)) && i + 1 < fmt.length()) {
                mod += s;
                s = fmt.charAt(++i);
            }
            switch (s) {
                case 'Y' -> p.year = signedNum(text, pos, 1, 6);
                case 'C' -> p.year = num(text, pos, 2, 2) * 100 + (p.year == null ? 0 : p.year % 100);
                case 'y' -> { int y = num(text, pos, 2, 2); p.year = y < 70 ? 2000 + y : 1900 + y; }
                case 'm' -> p.month = num(text, pos, 1, 2);
                case 'd', 'e' -> { skipSpaces(text, pos); p.day = num(text, pos, 1, 2); }
                case 'j' -> p.dayOfYear = num(text, pos, 1, 3);
                case 'H', 'k' -> { skipSpaces(text, pos); p.hour = num(text, pos, 1, 2); }
                case 'I', 'l' -> { skipSpaces(text, pos); p.hour12 = num(text, pos, 1, 2); }
                case 'M' -> p.minute = num(text, pos, 1, 2);
                case 'S' -> p.second = num(text, pos, 1, 2);
                case 'f' -> {
                    if (mod.startsWith(".")) {
                        if (pos[0] < text.length() && text.charAt(pos[0]) == '.') { pos[0]++; p.nano = fraction(text, pos); }
                    } else p.nano = fraction(text, pos);
                }
                case 'p', 'P' -> p.pm = word(text, pos, new String[] {"am", "pm"}) == 1;
                case 'b', 'h', 'B' -> p.month = monthName(text, pos);
                case 'a', 'A' -> dayName(text, pos);
                case 'z' -> p.offset = offsetField(text, pos);
                case 'Z' -> {
                    int st = pos[0];
                    while (pos[0] < text.length() && !Character.isWhitespace(text.charAt(pos[0]))) pos[0]++;
                    String z = text.substring(st, pos[0]);
                    if (z.equalsIgnoreCase("UTC") || z.equals("Z")) p.offset = 0;
                }
                case 's' -> {
                    int st = pos[0];
                    if (pos[0] < text.length() && text.charAt(pos[0]) == '-') pos[0]++;
                    while (pos[0] < text.length() && Character.isDigit(text.charAt(pos[0]))) pos[0]++;
                    try {
                        p.epoch = Long.parseLong(text.substring(st, pos[0]));
                    } catch (NumberFormatException e) {
                        throw new FormatException("invalid timestamp");
                    }
                }
                case 'F' -> parseInto(text, "%Y-%m-%d", pos, p);
                case 'D', 'x' -> parseInto(text, "%m/%d/%y", pos, p);
                case 'T', 'X' -> parseInto(text, "%H:%M:%S", pos, p);
                case 'R' -> parseInto(text, "%H:%M", pos, p);
                case 'r' -> parseInto(text, "%I:%M:%S %p", pos, p);
                case 'c' -> parseInto(text, "%a %b %e %H:%M:%S %Y", pos, p);
                case '+' -> parseInto(text, "%Y-%m-%dT%H:%M:%S%.f%:z", pos, p);
                case 'J' -> parseInto(text, "%Y%m%d", pos, p);
                case 'Q' -> parseInto(text, "%H%M%S", pos, p);
                case '%' -> { if (pos[0] < text.length() && text.charAt(pos[0]) == '%') pos[0]++; else throw new FormatException("expected %"); }
                case 'n', 't' -> skipSpaces(text, pos);
                default -> throw new FormatException("unsupported specifier %" + s);
            }
        }
    }

    private static void skipSpaces(String t, int[] pos) {
        while (pos[0] < t.length() && t.charAt(pos[0]) == ' ') pos[0]++;
    }

    private static int num(String t, int[] pos, int min, int max) throws FormatException {
        int st = pos[0];
        while (pos[0] < t.length() && pos[0] - st < max && Character.isDigit(t.charAt(pos[0]))) pos[0]++;
        if (pos[0] - st < min) throw new FormatException("expected a number");
        return Integer.parseInt(t.substring(st, pos[0]));
    }

    private static int signedNum(String t, int[] pos, int min, int max) throws FormatException {
        boolean neg = false;
        if (pos[0] < t.length() && (t.charAt(pos[0]) == '-' || t.charAt(pos[0]) == '+')) neg = t.charAt(pos[0]++) == '-';
        int st = pos[0];
        if (max == 6 && t.length() - pos[0] >= 4) {
            // a plain year is exactly 4 digits when more digits follow (e.g. %Y%m%d)
            int end = st;
            while (end < t.length() && Character.isDigit(t.charAt(end))) end++;
            if (end - st > 4 && !neg) max = 4;
        }
        int v = num(t, pos, min, max);
        return neg ? -v : v;
    }

    private static int fraction(String t, int[] pos) throws FormatException {
        int st = pos[0];
        while (pos[0] < t.length() && Character.isDigit(t.charAt(pos[0]))) pos[0]++;
        if (pos[0] == st) throw new FormatException("expected fractional seconds");
        String d = t.substring(st, Math.min(pos[0], st + 9));
        return Integer.parseInt((d + "000000000").substring(0, 9));
    }

    private static int word(String t, int[] pos, String[] options) throws FormatException {
        for (int i = 0; i < options.length; i++) {
            if (t.regionMatches(true, pos[0], options[i], 0, options[i].length())) {
                pos[0] += options[i].length();
                return i;
            }
        }
        throw new FormatException("expected one of " + String.join("/", options));
    }

    private static int monthName(String t, int[] pos) throws FormatException {
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            if (t.regionMatches(true, pos[0], full, 0, full.length())) { pos[0] += full.length(); return m.getValue(); }
        }
        for (Month m : Month.values()) {
            String s = m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            if (t.regionMatches(true, pos[0], s, 0, s.length())) { pos[0] += s.length(); return m.getValue(); }
        }
        throw new FormatException("expected a month name");
    }

    private static void dayName(String t, int[] pos) throws FormatException {
        for (DayOfWeek d : DayOfWeek.values()) {
            String full = d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            if (t.regionMatches(true, pos[0], full, 0, full.length())) { pos[0] += full.length(); return; }
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            String s = d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            if (t.regionMatches(true, pos[0], s, 0, s.length())) { pos[0] += s.length(); return; }
        }
        throw new FormatException("expected a weekday name");
    }

    private static int offsetField(String t, int[] pos) throws FormatException {
        skipSpaces(t, pos);
        if (pos[0] < t.length() && (t.charAt(pos[0]) == 'Z' || t.charAt(pos[0]) == 'z')) { pos[0]++; return 0; }
        if (pos[0] >= t.length() || (t.charAt(pos[0]) != '+' && t.charAt(pos[0]) != '-')) throw new FormatException("expected an offset");
        int sign = t.charAt(pos[0]++) == '-' ? -1 : 1;
        int h = num(t, pos, 2, 2);
        if (pos[0] < t.length() && t.charAt(pos[0]) == ':') pos[0]++;
        int m = pos[0] < t.length() && Character.isDigit(t.charAt(pos[0])) ? num(t, pos, 2, 2) : 0;
        return sign * (h * 3600 + m * 60);
    }
}
