package dev.nuebpf.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as nu prints them. Floats: an integral value prints all its digits plus {@code .0}, any other the
 * shortest digits that read back to the same double, never in exponent form. Filesizes: decimal (1000-based)
 * units with one digit after the point, cut off rather than rounded ({@code 1999b} is {@code 1.9 kB}).
 */
final class NumberText {
    private NumberText() {}

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};

    static String floatText(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        if (d == Math.rint(d)) return new BigDecimal(d).toBigInteger() + ".0";
        // Double.toString gives the shortest round-trip digits (JDK 19+); only the notation changes here.
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    /** A float in a table cell: two decimals, rounded half-even on the exact binary value like Rust's {:.2}. */
    static String floatCell(double d, int precision) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String s = new BigDecimal(d).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        if (d < 0 || (d == 0 && 1 / d < 0)) {
            if (!s.startsWith("-")) s = "-" + s;
        }
        return s;
    }

    static String filesize(long bytes) {
        boolean neg = bytes < 0;
        // Work on the magnitude as unsigned so Long.MIN_VALUE does not overflow.
        long mag = neg ? -bytes : bytes;
        String sign = neg ? "-" : "";
        if (Long.compareUnsigned(mag, 1000) < 0) return sign + mag + " B";
        int unit = 0;
        long div = 1;
        while (unit < UNITS.length - 1 && Long.compareUnsigned(Long.divideUnsigned(mag, div), 1000) >= 0) {
            div *= 1000;
            unit++;
        }
        long whole = Long.divideUnsigned(mag, div);
        long tenth = Long.divideUnsigned(Long.remainderUnsigned(mag, div), div / 10);
        return sign + whole + "." + tenth + " " + UNITS[unit];
    }
}
