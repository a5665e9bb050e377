package dev.nuebpf.format;

/**
 * Durations as nu prints them: the non-zero parts from weeks down to nanoseconds, largest first,
 * separated by spaces ({@code 1hr 30min}, {@code 57wk 1day}); zero is {@code 0sec}; a negative duration
 * prints the parts of its magnitude after a single minus sign.
 */
final class DurationText {
    private DurationText() {}

    private static final long US = 1_000L, MS = 1_000_000L, SEC = 1_000_000_000L, MIN = 60 * SEC, HR = 60 * MIN,
            DAY = 24 * HR, WK = 7 * DAY;
    private static final long[] SIZES = {WK, DAY, HR, MIN, SEC, MS, US, 1};
    private static final String[] NAMES = {"wk", "day", "hr", "min", "sec", "ms", "µs", "ns"};

    static String text(long nanos) {
        if (nanos == 0) return "0sec";
        StringBuilder sb = new StringBuilder();
        if (nanos < 0) sb.append('-');
        for (int i = 0; i < SIZES.length; i++) {
            // Take each part of the (signed) value and print its magnitude: safe for Long.MIN_VALUE.
            long part = Math.abs(nanos / SIZES[i]);
            nanos %= SIZES[i];
            if (part == 0) continue;
            if (sb.length() > 1 || (sb.length() == 1 && sb.charAt(0) != '-')) sb.append(' ');
            sb.append(part).append(NAMES[i]);
        }
        return sb.toString();
    }
}
