package dev.nuebpf.ebpf.compile;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;

/** The compiler's errors: what cannot run in the kernel, why, and what to do instead. */
public final class Diagnostics {
    private Diagnostics() {}

    public static ShellException unsupported(Span span, String label, String help) {
        return new ShellException(Diagnostic.builder(ProbeCompiler.UNSUPPORTED, "This cannot be compiled to eBPF.")
                .label(span, label).help(help).build());
    }

    public static ShellException stackOverflow(Span span, int needed) {
        return new ShellException(Diagnostic.builder(ProbeCompiler.STACK_OVERFLOW, "The probe needs more than 512 bytes of stack.")
                .label(span, "this needs stack space beyond the limit (" + needed + " bytes in total)")
                .help("eBPF programs have a 512-byte stack: emit fewer or shorter strings, or split the probe into two").build());
    }

    /** Help for well-known commands that users try in probes. */
    static String helpFor(String command) {
        if (command.startsWith("str ") || command.equals("split") || command.startsWith("split "))
            return "`" + command + "` cannot run in the kernel; do it after `ebpf events` in user space";
        if (command.equals("print") || command.equals("echo"))
            return "printing from the kernel is not supported; send the value with `bpf-emit` and read it with `ebpf events`";
        if (command.equals("where") || command.equals("filter"))
            return "filter with `if ... { return }` or `bpf-filter-pid`/`bpf-filter-comm` in the probe, or `where` after `ebpf events`";
        if (command.equals("each") || command.equals("par-each"))
            return "loops over data do not exist in the kernel; use a `for` over a constant range, or process events after `ebpf events`";
        if (command.equals("sleep"))
            return "a probe must not block; measure time with `bpf-ktime` or `bpf-start-timer`/`bpf-stop-timer`";
        return "only bpf-* helpers, `let`, `if`, `match`, constant `for` loops and integer arithmetic run in the kernel; "
                + "do `" + command + "` after `ebpf events` in user space";
    }
}
