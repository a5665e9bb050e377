package dev.nuebpf.syntax;

import dev.nuebpf.diag.Span;
import java.util.List;

/** Patterns of {@code match} arms. */
public sealed interface Pattern {
    Span span();

    /** A literal value (int, float, string, bool, null, duration...) compared with ==. */
    record Literal(Expr value, Span span) implements Pattern {}
    /** {@code 1..5}: value within the range. */
    record RangePat(RangeLit range, Span span) implements Pattern {}
    record RangeLit(Expr from, Expr to, boolean inclusive) {}
    /** {@code $x}: binds anything. */
    record Bind(String name, Span span) implements Pattern {}
    /** {@code _} */
    record Wildcard(Span span) implements Pattern {}
    /** {@code {a: 1, b: $x}} or {@code {a, b}} (binds columns); entries' patterns may be null for shorthand binds. */
    record RecordPat(List<String> keys, List<Pattern> values, Span span) implements Pattern {}
    /** {@code [1, $x, ..$rest]}: restName null when no rest; hasRest for {@code ..}. */
    record ListPat(List<Pattern> items, boolean hasRest, String restName, Span span) implements Pattern {}
    /** {@code a | b} */
    record Or(List<Pattern> alternatives, Span span) implements Pattern {}
}
