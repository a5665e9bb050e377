package dev.nuebpf.syntax;

import dev.nuebpf.diag.Span;

/** A call argument: positional, a named flag ({@code --name value}, {@code -n}, value null for a switch), or a spread. */
public sealed interface Argument {
    Span span();

    record Positional(Expr value, Span span) implements Argument {}
    /** {@code name} is the long flag name without dashes (short flags are resolved to long names by the parser when known). */
    record Named(String name, Character shortName, Expr value, Span nameSpan, Span span) implements Argument {}
    record SpreadArg(Expr value, Span span) implements Argument {}
}
