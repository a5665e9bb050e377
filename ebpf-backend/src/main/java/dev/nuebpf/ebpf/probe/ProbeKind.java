package dev.nuebpf.ebpf.probe;

/** The probe types a spec {@code type:target} may name; {@code prefix} is the word before the first colon. */
public enum ProbeKind {
    KPROBE("kprobe"), KRETPROBE("kretprobe"), TRACEPOINT("tracepoint"), RAW_TRACEPOINT("raw_tracepoint"),
    UPROBE("uprobe"), URETPROBE("uretprobe");

    public final String prefix;

    ProbeKind(String prefix) { this.prefix = prefix; }

    public static ProbeKind byPrefix(String p) {
        for (ProbeKind k : values()) if (k.prefix.equals(p)) return k;
        if (p.equals("tp")) return TRACEPOINT;
        if (p.equals("rawtp") || p.equals("raw_tp")) return RAW_TRACEPOINT;
        return null;
    }
}
