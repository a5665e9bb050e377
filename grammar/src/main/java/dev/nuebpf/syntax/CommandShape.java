package dev.nuebpf.syntax;

import java.util.List;

/**
 * What the parser needs to know about a command to parse a call of it: positional shapes, flags and
 * whether they take a value. Built from built-in signatures and from {@code def}s seen in the source.
 */
public record CommandShape(String name, List<PositionalShape> positionals, PositionalShape rest, List<FlagShape> flags) {
    public record PositionalShape(String name, SyntaxShape shape, boolean optional) {}
    /** {@code valueShape} is null for a switch. */
    public record FlagShape(String longName, Character shortName, SyntaxShape valueShape) {}

    public FlagShape flag(String longName) {
        for (FlagShape f : flags) if (f.longName().equals(longName)) return f;
        return null;
    }

    public FlagShape shortFlag(char c) {
        for (FlagShape f : flags) if (f.shortName() != null && f.shortName() == c) return f;
        return null;
    }
}
