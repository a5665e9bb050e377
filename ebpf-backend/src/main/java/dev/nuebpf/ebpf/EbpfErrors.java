package dev.nuebpf.ebpf;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.compile.CompiledProbe;
import dev.nuebpf.ebpf.link.AttachException;
import dev.nuebpf.ebpf.load.ObjectFormatException;
import dev.nuebpf.ebpf.load.VerifierException;
import dev.nuebpf.ebpf.sys.Bpf;
import dev.nuebpf.ebpf.sys.Errno;
import dev.nuebpf.ebpf.sys.SysException;
import java.util.List;

/** Runtime failures as Nushell diagnostics ({@code nu::ebpf::*}), pointed at the spec or the closure's source. */
final class EbpfErrors {
    private EbpfErrors() {}

    static final String ATTACH = "nu::ebpf::attach_failed", VERIFIER = "nu::ebpf::verifier_rejected",
            OBJECT = "nu::ebpf::invalid_object", KERNEL = "nu::ebpf::kernel_error", NO_PROBE = "nu::ebpf::no_such_probe";

    /** Maps a runtime exception; {@code specSpan} labels the probe, {@code closureSpan} the code (may be null). */
    static ShellException of(RuntimeException e, Span specSpan, Span closureSpan, CompiledProbe compiled) {
        if (e instanceof ShellException s) return s;
        if (e instanceof AttachException a) return diag(ATTACH, "Failed to attach probe.", specSpan, a.getMessage(), a.help());
        if (e instanceof VerifierException v) return verifier(v, closureSpan == null ? specSpan : closureSpan, compiled);
        if (e instanceof ObjectFormatException o) return diag(OBJECT, "Invalid eBPF object.", specSpan, o.getMessage(), null);
        if (e instanceof Bpf.BtfLoadException b) return diag(KERNEL, "The kernel rejected the BTF.", specSpan, b.getMessage(), null);
        if (e instanceof SysException s) return diag(KERNEL, "Kernel call failed.", specSpan, s.getMessage(), hint(s.errno()));
        return diag(KERNEL, "eBPF runtime error.", specSpan, String.valueOf(e.getMessage()), null);
    }

    static String hint(int errno) {
        return switch (errno) {
            case Errno.EPERM, Errno.EACCES -> "Permission denied: run with `sudo` or grant CAP_BPF and CAP_PERFMON";
            case Errno.ENOMEM -> "out of locked memory or map space: try smaller maps";
            default -> null;
        };
    }

    private static ShellException verifier(VerifierException v, Span fallback, CompiledProbe compiled) {
        Span at = v.source() != null ? spanAt(fallback, v.source().line(), v.source().column()) : null;
        if (at == null && compiled != null && v.insn() >= 0) at = compiled.spanOf(v.insn());
        List<String> tail = v.log().lines().filter(l -> !l.isBlank()).toList();
        String excerpt = String.join("\n", tail.subList(Math.max(0, tail.size() - 8), tail.size()));
        String where = v.source() != null && at == null ? " (at " + v.source().file() + ":" + v.source().line() + ": "
                + v.source().text().strip() + ")" : "";
        return new ShellException(Diagnostic.builder(VERIFIER, "The kernel verifier rejected the probe.")
                .label(at != null ? at : fallback, v.complaint().isEmpty() ? v.getMessage() : v.complaint() + where)
                .help(excerpt.isEmpty() ? "simplify the closure" : "verifier log (last lines):\n" + excerpt)
                .build());
    }

    /**
     * The span of source line {@code line} (1-based) from column {@code col} to the end of that line, in the
     * source of {@code within}; null if the line info does not point into that source.
     */
    static Span spanAt(Span within, int line, int col) {
        if (within == null || within.isUnknown() || line <= 0) return null;
        String t = within.source().text();
        int start = 0;
        for (int l = 1; l < line; l++) {
            start = t.indexOf('\n', start);
            if (start < 0) return null;
            start++;
        }
        int eol = t.indexOf('\n', start);
        if (eol < 0) eol = t.length();
        int from = Math.min(start + Math.max(col, 1) - 1, eol);
        int to = eol;
        while (to > from && Character.isWhitespace(t.charAt(to - 1))) to--;
        if (to <= from) return null;
        return Span.of(within.source(), from, to);
    }

    static ShellException diag(String code, String msg, Span span, String label, String help) {
        Diagnostic.Builder b = Diagnostic.builder(code, msg).label(span, label);
        if (help != null) b.help(help);
        return new ShellException(b.build());
    }
}
