package dev.nuebpf.ebpf.probe;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;

/**
 * A parsed probe specification {@code type:target}. Accepted forms:
 * {@code kprobe:fn}, {@code kretprobe:fn}, {@code tracepoint:cat/name}, {@code tracepoint:cat:name},
 * {@code raw_tracepoint:name}, {@code uprobe:/path/to/bin:symbol}, {@code uretprobe:/path:symbol}.
 * For tracepoints {@code category}/{@code name} are set; for uprobes {@code path}/{@code name} (the symbol);
 * otherwise {@code name} is the function or raw tracepoint.
 */
public record ProbeSpec(ProbeKind kind, String category, String name, String path, String text) {

    public static final String INVALID = "nu::ebpf::invalid_probe";

    /** Parses a spec; errors are {@code nu::ebpf::invalid_probe} at {@code span} (the spec argument). */
    public static ProbeSpec parse(String text, Span span) {
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon <= 0) throw invalid(text, span, "expected `type:target`, e.g. `kprobe:ksys_read` or `tracepoint:syscalls/sys_enter_read`");
        ProbeKind kind = ProbeKind.byPrefix(t.substring(0, colon));
        if (kind == null) throw invalid(text, span, "unknown probe type `" + t.substring(0, colon)
                + "`; use kprobe, kretprobe, tracepoint, raw_tracepoint, uprobe or uretprobe");
        String rest = t.substring(colon + 1);
        switch (kind) {
            case TRACEPOINT -> {
                int sep = rest.indexOf('/');
                if (sep < 0) sep = rest.indexOf(':');
                if (sep <= 0 || sep == rest.length() - 1 || !ident(rest.substring(0, sep)) || !ident(rest.substring(sep + 1)))
                    throw invalid(text, span, "a tracepoint is `tracepoint:category/name`, e.g. `tracepoint:syscalls/sys_enter_read`");
                return new ProbeSpec(kind, rest.substring(0, sep), rest.substring(sep + 1), null, t);
            }
            case UPROBE, URETPROBE -> {
                int sep = rest.lastIndexOf(':');
                if (sep <= 0 || sep == rest.length() - 1)
                    throw invalid(text, span, "a uprobe is `" + kind.prefix + ":/path/to/binary:symbol`");
                return new ProbeSpec(kind, null, rest.substring(sep + 1), rest.substring(0, sep), t);
            }
            default -> {
                if (!ident(rest)) throw invalid(text, span, "`" + rest + "` is not a function or tracepoint name");
                return new ProbeSpec(kind, null, rest, null, t);
            }
        }
    }

    /** The target for attaching exactly what the spec says (a loader may substitute a fallback target). */
    public ProgramTarget defaultTarget() {
        return switch (kind) {
            case KPROBE -> ProgramTarget.kprobe(name);
            case KRETPROBE -> ProgramTarget.kretprobe(name);
            case TRACEPOINT -> ProgramTarget.tracepoint(category, name);
            case RAW_TRACEPOINT -> ProgramTarget.rawTracepoint(name);
            case UPROBE -> ProgramTarget.uprobe(path, name, false);
            case URETPROBE -> ProgramTarget.uprobe(path, name, true);
        };
    }

    private static boolean ident(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.')) return false;
        }
        return true;
    }

    private static ShellException invalid(String text, Span span, String help) {
        return new ShellException(Diagnostic.builder(INVALID, "Invalid probe specification.")
                .label(span, "`" + text + "` is not a probe")
                .help(help).build());
    }

    @Override public String toString() { return text; }
}
