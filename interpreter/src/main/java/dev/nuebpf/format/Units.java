package dev.nuebpf.format;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Duration and filesize units as nu spells them ({@code 1sec}, {@code 1.5KiB}), shared by the NUON parser,
 * {@code into duration}, {@code into filesize} and {@code format duration/filesize}.
 */
public final class Units {
    private Units() {}

    private static final Pattern NUMBER_UNIT = Pattern.compile("([+-]?)(\\d[\\d_]*(?:\\.\\d[\\d_]*)?|\\.\\d[\\d_]*)([a-zA-Zµμ]+)");

    /** Nanoseconds in one duration unit, or -1 if unknown. Units are case-sensitive, as in nu. */
    public static long durationUnit(String unit) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "µs", "μs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "sec" -> 1_000_000_000L;
            case "min" -> 60_000_000_000L;
            case "hr" -> 3_600_000_000_000L;
            case "day" -> 86_400_000_000_000L;
            case "wk" -> 604_800_000_000_000L;
            default -> -1;
        };
    }

    /** Bytes in one filesize unit (case-insensitive: kb = kB = KB = 1000, kib = 1024), or -1 if unknown. */
    public static long filesizeUnit(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "b" -> 1L;
            case "kb" -> 1000L;
            case "mb" -> 1000_000L;
            case "gb" -> 1000_000_000L;
            case "tb" -> 1000_000_000_000L;
            case "pb" -> 1000_000_000_000_000L;
            case "eb" -> 1000_000_000_000_000_000L;
            case "kib" -> 1L << 10;
            case "mib" -> 1L << 20;
            case "gib" -> 1L << 30;
            case "tib" -> 1L << 40;
            case "pib" -> 1L << 50;
            case "eib" -> 1L << 60;
            default -> -1;
        };
    }

    /** {@code 1.5sec} → nanoseconds (truncated toward zero), or null if not a single number+duration unit. */
    public static Long parseDuration(String s) {
        return parse(s, true);
    }

    /** {@code 1.5KiB} → bytes (truncated), or null if not a single number+filesize unit. */
    public static Long parseFilesize(String s) {
        return parse(s, false);
    }

    private static Long parse(String s, boolean duration) {
        Matcher m = NUMBER_UNIT.matcher(s);
        if (!m.matches()) return null;
        long unit = duration ? durationUnit(m.group(3)) : filesizeUnit(m.group(3));
        if (unit < 0) return null;
        String num = m.group(2).replace("_", "");
        try {
            BigDecimal v = new BigDecimal(num).multiply(BigDecimal.valueOf(unit));
            if (num.contains(".")) v = new BigDecimal(Double.parseDouble(num) * unit);
            long r = v.longValue();
            if (v.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) return null;
            return m.group(1).equals("-") ? -r : r;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
