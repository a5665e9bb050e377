package dev.nuebpf.diag;

/** A half-open char range [start, end) in a {@link Source}. Every AST node and diagnostic label has one. */
public record Span(Source source, int start, int end) {
    public static final Span UNKNOWN = new Span(new Source("unknown", ""), 0, 0);

    public Span {
        if (end < start) end = start;
    }

    public static Span of(Source source, int start, int end) { return new Span(source, start, end); }

    /** The smallest span covering both. */
    public Span merge(Span other) {
        if (other == null || other.source != source) return this;
        return new Span(source, Math.min(start, other.start), Math.max(end, other.end));
    }

    public String text() {
        String t = source.text();
        return t.substring(Math.min(start, t.length()), Math.min(end, t.length()));
    }

    public boolean isUnknown() { return this == UNKNOWN || source == UNKNOWN.source; }
}
