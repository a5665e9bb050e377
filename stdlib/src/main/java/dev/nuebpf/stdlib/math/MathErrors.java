package dev.nuebpf.stdlib.math;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;

/** The errors math commands raise, with nu's codes and labels. */
final class MathErrors {
    private MathErrors() {}

    /** {@code nu::shell::unsupported_input} with a reason ("Empty input", "Can't square root a negative number"). */
    static ShellException unsupported(String reason, Span head, Span valueSpan) {
        return new ShellException(Diagnostic.builder("nu::shell::unsupported_input", "Unsupported input")
                .label(head, reason).label(valueSpan, "value originates from here").build());
    }

    static ShellException empty(Call call) { return unsupported("Empty input", call.head(), call.head()); }

    static ShellException unbounded(Call call) {
        return ShellException.of("nu::shell::incorrect_value", "Incorrect value.", call.head(), "Range must be bounded");
    }

    static ShellException wrongType(Call call, String expected, Value got) {
        if (got instanceof Value.ErrorV e) return dev.nuebpf.stdlib.strings.Operate.propagate(e);
        if (got instanceof Value.ListV l) {
            for (Value item : l.items()) if (item instanceof Value.ErrorV e) return dev.nuebpf.stdlib.strings.Operate.propagate(e);
        }
        return dev.nuebpf.stdlib.common.ShellErrors.unsupportedInput(expected, got, call.head(), null);
    }

    static ShellException overflow(Call call) {
        return ShellException.of("nu::shell::operator_overflow", "Operator overflow.", call.head(), "result is too large");
    }
}
