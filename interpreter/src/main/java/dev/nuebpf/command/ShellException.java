package dev.nuebpf.command;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.source.SourceSection;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;

/**
 * A Nushell error in flight. Carries a {@link Diagnostic} (code, message, labelled spans, help).
 * {@code try}/{@code catch} turns it into an error record; at top level it is rendered like nu does.
 */
@ExportLibrary(InteropLibrary.class)
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

    /** Polyglot callers see the primary span as the exception's source location. */
    @ExportMessage
    @TruffleBoundary
    boolean hasSourceLocation() {
        Span s = diagnostic.span();
        return s != null && !s.isUnknown();
    }

    @ExportMessage(name = "getSourceLocation")
    @TruffleBoundary
    SourceSection sourceLocation() throws UnsupportedMessageException {
        SourceSection ss = dev.nuebpf.truffle.SourceMap.section(diagnostic.span());
        if (ss == null) throw UnsupportedMessageException.create();
        return ss;
    }
}
