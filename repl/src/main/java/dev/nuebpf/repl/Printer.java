package dev.nuebpf.repl;

import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.format.DiagnosticRenderer;
import dev.nuebpf.format.TableRenderer;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.ErrorRecords;
import dev.nuebpf.truffle.EvalResult;
import java.io.PrintStream;
import java.util.function.IntSupplier;

/** Prints an evaluation's outcome as nu does: the value (tables and all) to stdout, errors to stderr. */
final class Printer {
    private final PrintStream out;
    private final PrintStream err;
    private final IntSupplier width;
    private final boolean fancyErrors;
    private final boolean colorOut;

    Printer(PrintStream out, PrintStream err, IntSupplier width, boolean fancyErrors, boolean colorOut) {
        this.out = out;
        this.err = err;
        this.width = width;
        this.fancyErrors = fancyErrors;
        this.colorOut = colorOut;
    }

    /** Prints the result; returns the exit status a launcher should use (0 ok, 1 error, or the code given to exit). */
    int print(EvalResult r) {
        if (r.exitRequested() != null) return r.exitCode();
        if (r.ok()) {
            Value v = r.value();
            if (v != null && v != Value.NOTHING) {
                out.println(TableRenderer.render(v, width.getAsInt(), colorOut));
                out.flush();
            }
            return 0;
        }
        // nu stops at the first error it reports; the rest are usually consequences of it.
        printError(r.error());
        return 1;
    }

    /** A script's top-level value printed ahead of its main's output: nu adds no newline after it. */
    void printWithoutNewline(Value v) {
        out.print(TableRenderer.render(v, width.getAsInt(), colorOut));
        out.flush();
    }

    void printError(Diagnostic d) {
        out.flush();
        DiagnosticRenderer.Style style = fancyErrors ? DiagnosticRenderer.Style.terminal(width.getAsInt())
                : DiagnosticRenderer.Style.PLAIN;
        err.print(DiagnosticRenderer.render(d, style));
        err.flush();
    }

    /** An internal failure: a short message, the trace only when asked for with NU_EBPF_DEBUG=1. */
    void printInternal(Throwable t) { printInternal(t, "1".equals(System.getenv("NU_EBPF_DEBUG"))); }

    void printInternal(Throwable t, boolean debug) {
        out.flush();
        err.println("Error: nu::shell::internal_error");
        err.println();
        err.println("  x internal error: " + t + "; please report at " + ErrorRecords.REPORT_AT);
        err.println("  help: this is a bug in nu-ebpf" + (debug ? "" : " (set NU_EBPF_DEBUG=1 to see the Java stack trace)"));
        err.println();
        if (debug) t.printStackTrace(err);
        err.flush();
    }
}
