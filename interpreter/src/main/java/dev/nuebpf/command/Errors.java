package dev.nuebpf.command;

import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;

/** Typed factories for the errors commands raise most, with Nushell's codes and wording. */
public final class Errors {
    private Errors() {}

    public static ShellException typeMismatch(String expected, Value got, Span span) {
        return ShellException.of("nu::shell::type_mismatch", "Type mismatch.", span,
                "expected " + expected + ", found " + describe(got));
    }

    public static ShellException missingPositional(String name, Span span) {
        return ShellException.of("nu::parser::missing_positional", "Missing required positional argument.", span,
                "missing " + name, "Usage: see `help` for the command's signature");
    }

    public static ShellException unsupportedInput(String command, String expected, Value got, Span head, Span valueSpan) {
        return new ShellException(dev.nuebpf.diag.Diagnostic.builder("nu::shell::only_supports_this_input_type",
                        "Input type not supported.")
                .label(head, "only " + expected + " input data is supported")
                .label(valueSpan, "input type: " + describe(got))
                .build());
    }

    public static ShellException generic(String message, Span span, String label) {
        return ShellException.of("nu::shell::error", message, span, label);
    }

    public static ShellException incorrectValue(String message, Span span) {
        return ShellException.of("nu::shell::incorrect_value", "Incorrect value.", span, message);
    }

    /** {@code nu::shell::cant_convert}: "Can't convert to int." with "can't convert string to int". */
    public static ShellException cantConvert(String toType, String fromType, Span span) {
        return ShellException.of("nu::shell::cant_convert", "Can't convert to " + toType + ".", span,
                "can't convert " + fromType + " to " + toType);
    }

    /** {@code nu::shell::cant_convert} with a help line (e.g. the expected format). */
    public static ShellException cantConvert(String toType, String fromType, Span span, String help) {
        return ShellException.of("nu::shell::cant_convert", "Can't convert to " + toType + ".", span,
                "can't convert " + fromType + " to " + toType, help);
    }

    public static long expectInt(Value v, Span span) {
        if (v instanceof Value.Int i) return i.value();
        throw typeMismatch("int", v, span);
    }

    public static String expectString(Value v, Span span) {
        if (v instanceof Value.Str s) return s.value();
        if (v instanceof Value.Glob g) return g.pattern();
        throw typeMismatch("string", v, span);
    }

    public static Value.ClosureV expectClosure(Value v, Span span) {
        if (v instanceof Value.ClosureV c) return c;
        throw typeMismatch("closure", v, span);
    }

    private static String describe(Value v) { return v == null ? "nothing" : v.typeName(); }
}
