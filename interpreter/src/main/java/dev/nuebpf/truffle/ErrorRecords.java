package dev.nuebpf.truffle;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Label;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Errors as values: the record {@code catch} receives ({@code msg, debug, raw, rendered, details}),
 * internal errors (a Java exception that escaped a command: a bug, reported as such) and recursion.
 */
public final class ErrorRecords {
    private ErrorRecords() {}

    public static Value toRecord(ShellException e) {
        Diagnostic d = e.diagnostic();
        List<Value> labels = new ArrayList<>();
        for (Label l : d.labels()) {
            Record span = Record.of("start", Value.of(l.span().start()), "end", Value.of(l.span().end()));
            Record location = Record.builder().put("file", Value.of(l.span().source().name()))
                    .put("start", Value.of(l.span().start())).put("end", Value.of(l.span().end())).build();
            labels.add(Record.builder().put("text", Value.of(l.text())).put("span", span).put("location", location).build());
        }
        Record details = Record.builder()
                .put("msg", Value.of(d.message()))
                .put("labels", new Value.ListV(labels))
                .put("code", d.code() == null ? Value.NOTHING : Value.of(d.code()))
                .put("url", Value.NOTHING)
                .put("help", d.help() == null ? Value.NOTHING : Value.of(d.help()))
                .put("inner", new Value.ListV(List.of()))
                .build();
        Record.Builder b = Record.builder()
                .put("msg", Value.of(d.message()))
                .put("debug", Value.of(d.toString()))
                .put("raw", new Value.ErrorV(d, e.raw()))
                .put("rendered", Value.of(render(d)))
                .put("details", details);
        if (e.raw() instanceof Record raw) {
            for (int i = 0; i < raw.size(); i++) {
                String k = raw.keys().get(i);
                if (!b.has(k)) b.put(k, raw.values().get(i));
            }
        }
        return b.build();
    }

    /** A plain rendering (the REPL has the full renderer with source snippets). */
    public static String render(Diagnostic d) {
        StringBuilder sb = new StringBuilder("Error: ").append(d.code()).append("\n\n  x ").append(d.message()).append('\n');
        for (Label l : d.labels()) {
            Span s = l.span();
            sb.append("   ,-[").append(s.source().name()).append(':').append(s.source().lineOf(s.start())).append(':')
                    .append(s.source().columnOf(s.start())).append("]\n   : ").append(l.text()).append('\n');
        }
        if (d.help() != null) sb.append("  help: ").append(d.help()).append('\n');
        return sb.toString();
    }

    /** Where users report internal errors (shown with every one of them). */
    public static final String REPORT_AT = "the nu-ebpf issue tracker (see README.md), with the input that caused it";

    public static ShellException internal(Throwable t, Span span) {
        // a path no file system can hold (a NUL byte in it) is the user's input, not our bug
        if (t instanceof java.nio.file.InvalidPathException ip) {
            return new ShellException(Diagnostic.builder("nu::shell::io::invalid_input", "Invalid path")
                    .label(span, "not a valid path: " + ip.getReason().toLowerCase())
                    .help("file names cannot contain a NUL character").build());
        }
        String msg = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        if (System.getenv("NU_EBPF_DEBUG") != null) t.printStackTrace();
        return new ShellException(Diagnostic.builder("nu::shell::internal_error", "Internal error: " + msg)
                .label(span, "while evaluating this")
                .help("this is a bug in nu-ebpf; please report at " + REPORT_AT + " (set NU_EBPF_DEBUG=1 for a Java stack trace)").build());
    }

    public static ShellException recursion(Span span) {
        return ShellException.of("nu::shell::recursion_limit_reached", "Recursion limit reached", span,
                "This called itself too many times");
    }
}
