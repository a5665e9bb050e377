package dev.nuebpf.syntax;

import dev.nuebpf.diag.Span;

/** One member of a cell path: a column name or a row index; {@code ?} makes it optional, {@code !} case-insensitive. */
public record PathMember(String name, long index, boolean isIndex, boolean optional, boolean caseInsensitive, Span span) {
    public static PathMember column(String name, boolean optional, Span span) {
        return new PathMember(name, -1, false, optional, false, span);
    }

    public static PathMember index(long index, boolean optional, Span span) {
        return new PathMember(null, index, true, optional, false, span);
    }

    @Override public String toString() { return (isIndex ? Long.toString(index) : name) + (optional ? "?" : ""); }
}
