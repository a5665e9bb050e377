package dev.nuebpf.syntax;

import dev.nuebpf.diag.Span;

/**
 * A parameter of a def or closure. For flags, {@code name} is the long name (dashes removed, '-' kept inside),
 * {@code shortName} the optional one-letter alias; a flag without a type is a switch.
 */
public record Param(String name, Kind kind, TypeAnn type, Expr defaultValue, Character shortName, String description, Span span) {
    public enum Kind { REQUIRED, OPTIONAL, REST, FLAG, SWITCH }
}
