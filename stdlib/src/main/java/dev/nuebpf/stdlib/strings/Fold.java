package dev.nuebpf.stdlib.strings;

import java.util.Locale;

/** Case folding for case-insensitive comparisons (upper then lower, so ß and SS, σ and ς agree). */
final class Fold {
    private Fold() {}

    static String fold(String s) { return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT); }
}
