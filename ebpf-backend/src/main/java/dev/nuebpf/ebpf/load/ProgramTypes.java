package dev.nuebpf.ebpf.load;

import dev.nuebpf.ebpf.sys.Bpf;

/** Program type from a libbpf-style section name ({@code kprobe/...}, {@code tracepoint/...}, ...). */
public final class ProgramTypes {
    private ProgramTypes() {}

    /** The BPF_PROG_TYPE_* for a section, or -1 when the section is not a program we know how to attach. */
    public static int forSection(String section) {
        String head = section.contains("/") ? section.substring(0, section.indexOf('/')) : section;
        return switch (head) {
            case "kprobe", "kretprobe", "uprobe", "uretprobe", "ksyscall", "kretsyscall" -> Bpf.PROG_KPROBE;
            case "tracepoint", "tp" -> Bpf.PROG_TRACEPOINT;
            case "raw_tracepoint", "raw_tp" -> Bpf.PROG_RAW_TRACEPOINT;
            case "perf_event" -> Bpf.PROG_PERF_EVENT;
            default -> -1;
        };
    }
}
