package dev.nuebpf.truffle.translate;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;

/** Errors nu reports at parse time but we find while translating (unknown variable, bad arguments...). */
final class CompileError {
    private CompileError() {}

    static ShellException of(String code, String message, Span span, String label) {
        return ShellException.of(code, message, span, label);
    }

    static ShellException of(String code, String message, Span span, String label, String help) {
        return new ShellException(Diagnostic.builder(code, message).label(span, label).help(help).build());
    }
}
