package dev.nuebpf.command;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;

/**
 * A Nushell error in flight. Carries a {@link Diagnostic} (code, message, labelled spans, help).
 * {@code try}/{@code catch} turns it into an error record; at top level it is rendered like nu does.
 */
public final class ShellException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;
    /** For {@code error make}: the original record, handed to catch as-is. */
    private final transient Value raw;

    public ShellException(Diagnostic diagnostic) {
        this(diagnostic, null);
    }

    public ShellException(Diagnostic diagnostic, Value raw) {
        super(diagnostic.message());
        this.diagnostic = diagnostic;
        this.raw = raw;
    }

    public Diagnostic diagnostic() { return diagnostic; }
    public Value raw() { return raw; }

    /** A generic error with one label: the common case for command failures. */
    public static ShellException of(String code, String message, Span span, String label) {
        return new ShellException(Diagnostic.builder(code, message).label(span, label).build());
    }

    public static ShellException of(String code, String message, Span span, String label, String help) {
        return new ShellException(Diagnostic.builder(code, message).label(span, label).help(help).build());
    }
}
