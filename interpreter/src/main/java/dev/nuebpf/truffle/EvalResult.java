package dev.nuebpf.truffle;

import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.runtime.Value;
import java.util.List;

/**
 * The outcome of evaluating source in a {@link Shell}: either the value of the last pipeline (a stream is
 * collected into a list; {@code nothing} when the source printed its output already) or the diagnostics
 * (parse errors: possibly several; runtime error: one). Every diagnostic's spans carry their Source, so
 * a renderer can show the snippet.
 */
public record EvalResult(Value value, List<Diagnostic> errors, Integer exitRequested) {
    public EvalResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public EvalResult(Value value, List<Diagnostic> errors) { this(value, errors, null); }

    /** The source ran {@code exit code}: the front end ends with that status (nothing to print). */
    public static EvalResult exit(int code) { return new EvalResult(Value.NOTHING, List.of(), code); }

    public static EvalResult ok(Value v) { return new EvalResult(v, List.of()); }

    public static EvalResult error(Diagnostic d) { return new EvalResult(null, List.of(d)); }

    public static EvalResult errors(List<Diagnostic> ds) { return new EvalResult(null, ds); }

    public boolean ok() { return errors.isEmpty(); }

    /** The first (primary) diagnostic, or null on success. */
    public Diagnostic error() { return errors.isEmpty() ? null : errors.get(0); }

    /** Exit status a launcher should use: the code given to {@code exit}, else 0 on success, 1 on any error. */
    public int exitCode() { return exitRequested != null ? exitRequested : ok() ? 0 : 1; }
}
