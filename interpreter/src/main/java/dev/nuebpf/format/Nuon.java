package dev.nuebpf.format;

import dev.nuebpf.runtime.Value;

/** NUON: writing values as {@code to nuon} does, and parsing them back ({@code from nuon}). */
public final class Nuon {
    private Nuon() {}

    /** Compact NUON, as {@code to nuon} prints by default. */
    public static String write(Value v) {
        return ValueDisplay.toText(v);
    }
}
