package dev.nuebpf.stdlib.common;

import dev.nuebpf.runtime.TypeNames;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;

/**
 * The errors that filters raise, with Nushell's codes, messages and labels. A {@code srcSpan} may be
 * null when the value's origin is unknown (values do not carry spans); the label is then left out.
 */
public final class ShellErrors {
    private ShellErrors() {}

    public static ShellException columnNotFound(String column, Span columnSpan, Span srcSpan) {
        return new ShellException(Diagnostic.builder("nu::shell::column_not_found", "Cannot find column '" + column + "'")
                .label(columnSpan, "column '" + column + "' is missing in one or more values")
                .label(srcSpan, "value originates here")
                .help("If some rows have this column, try using '" + column + "?' for optional access, or pre-fill using the `default` command")
                .build());
    }

    public static ShellException accessBeyondEnd(int size, Span span) {
        String what = size == 0 ? "empty content" : "max: " + (size - 1);
        return ShellException.of("nu::shell::access_beyond_end", "Row number too large (" + what + ").", span,
                "index too large (" + what + ")");
    }

    public static ShellException insertBeyondEnd(int size, Span span) {
        return ShellException.of("nu::shell::access_beyond_end", "Inserted at wrong row number (should be " + size + ").", span,
                "can't insert at index (the next available index is " + size + ")");
    }

    public static ShellException incompatiblePathAccess(Value v, Span span) {
        return ShellException.of("nu::shell::incompatible_path_access", "Data cannot be accessed with a cell path", span,
                TypeNames.of(v) + " doesn't support cell paths");
    }

    public static ShellException recordIndex(Span span) {
        return ShellException.of("nu::shell::type_mismatch", "Type mismatch.", span,
                "Can't access record values with a row index. Try specifying a column name instead");
    }

    public static ShellException columnAlreadyExists(String column, Span span, Span srcSpan) {
        return new ShellException(Diagnostic.builder("nu::shell::column_already_exists", "Column already exists")
                .label(span, "column '" + column + "' already exists")
                .label(srcSpan, "value originates here")
                .build());
    }

    /** {@code only_supports_this_input_type} with the input's full type name. */
    public static ShellException unsupportedInput(String expected, Value got, Span head, Span srcSpan) {
        return new ShellException(Diagnostic.builder("nu::shell::only_supports_this_input_type", "Input type not supported.")
                .label(head, "only " + expected + " input data is supported")
                .label(srcSpan == null ? head : srcSpan, "input type: " + TypeNames.of(got))
                .build());
    }

    /** How each/par-each report a failing closure: the original error becomes the inner one. */
    public static ShellException evalBlockWithInput(ShellException inner, Span source) {
        return new ShellException(Diagnostic.builder("nu::shell::eval_block_with_input", "Eval block failed with pipeline input")
                .label(source, "source value").inner(inner.diagnostic()).build());
    }

    public static ShellException pipelineEmpty(Span head) {
        return ShellException.of("nu::shell::pipeline_empty", "Pipeline empty.", head, "no input value was piped in");
    }

    public static ShellException typeMismatch(String label, Span span) {
        return ShellException.of("nu::shell::type_mismatch", "Type mismatch.", span, label);
    }

    public static ShellException cantConvert(String to, String from, Span span) {
        return ShellException.of("nu::shell::cant_convert", "Can't convert to " + to + ".", span,
                "can't convert " + from + " to " + to);
    }

    public static ShellException incorrectValue(String msg, Span span) {
        return ShellException.of("nu::shell::incorrect_value", "Incorrect value.", span, msg);
    }

    public static ShellException needsPositive(Span span) {
        return ShellException.of("nu::shell::needs_positive_value", "Negative value passed when positive one is required", span, "use a positive value");
    }

    public static ShellException generic(String msg, String label, Span span) {
        return ShellException.of("nu::shell::error", msg, span, label);
    }
}
