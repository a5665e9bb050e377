package dev.nuebpf.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * An error as Nushell reports it: a code such as {@code nu::shell::type_mismatch}, a one-line message,
 * labelled spans and an optional help line. Parse errors and runtime errors share this type; the
 * interpreter wraps it in an exception, {@code error make} builds one from a record.
 */
public record Diagnostic(String code, String message, List<Label> labels, String help, Diagnostic inner) {

    public Diagnostic {
        labels = List.copyOf(labels);
    }

    public static Builder builder(String code, String message) { return new Builder(code, message); }

    /** The primary span (first label), or null. */
    public Span span() { return labels.isEmpty() ? null : labels.get(0).span(); }

    public static final class Builder {
        private final String code;
        private final String message;
        private final List<Label> labels = new ArrayList<>();
        private String help;
        private Diagnostic inner;

        Builder(String code, String message) {
            this.code = code;
            this.message = message;
        }

        public Builder label(Span span, String text) {
            if (span != null) labels.add(new Label(span, text));
            return this;
        }

        public Builder help(String help) {
            this.help = help;
            return this;
        }

        public Builder inner(Diagnostic inner) {
            this.inner = inner;
            return this;
        }

        public Diagnostic build() { return new Diagnostic(code, message, labels, help, inner); }
    }
}
