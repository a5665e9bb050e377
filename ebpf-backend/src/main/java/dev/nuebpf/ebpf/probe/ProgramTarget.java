package dev.nuebpf.ebpf.probe;

/**
 * What the compiler compiles for: the program type, the ELF section name libbpf expects (and from which a loader
 * derives the attach point), and the context layout that gives {@code bpf-arg}/{@code bpf-retval} their meaning.
 * {@code kind} is the probe type the program is really attached as (a kprobe spec compiled for its syscall
 * tracepoint fallback has kind TRACEPOINT).
 */
public record ProgramTarget(ProbeKind kind, ProgType progType, String sectionName, ContextLayout layout) {

    public static ProgramTarget kprobe(String function) {
        return new ProgramTarget(ProbeKind.KPROBE, ProgType.KPROBE, "kprobe/" + function, ContextLayout.ptRegs(false));
    }

    public static ProgramTarget kretprobe(String function) {
        return new ProgramTarget(ProbeKind.KRETPROBE, ProgType.KPROBE, "kretprobe/" + function, ContextLayout.ptRegs(true));
    }

    /** A tracepoint; {@code syscalls/sys_enter_*} and {@code sys_exit_*} get the syscall layouts, others an opaque one. */
    public static ProgramTarget tracepoint(String category, String name) {
        ContextLayout layout = ContextLayout.TRACEPOINT_OPAQUE;
        if (category.equals("syscalls") && name.startsWith("sys_enter_")) layout = ContextLayout.SYSCALL_ENTER;
        else if (category.equals("syscalls") && name.startsWith("sys_exit_")) layout = ContextLayout.SYSCALL_EXIT;
        return new ProgramTarget(ProbeKind.TRACEPOINT, ProgType.TRACEPOINT, "tracepoint/" + category + "/" + name, layout);
    }

    /**
     * The syscall tracepoint standing in for a kprobe ({@code exit=false}, {@code sys_enter_<syscall>}) or a kretprobe
     * ({@code exit=true}, {@code sys_exit_<syscall>}) on a kernel without kprobes: argument n and the return value keep
     * their meaning because both layouts carry the syscall's arguments / return value.
     */
    public static ProgramTarget syscallTracepoint(String syscall, boolean exit) {
        return tracepoint("syscalls", (exit ? "sys_exit_" : "sys_enter_") + syscall);
    }

    public static ProgramTarget rawTracepoint(String name) {
        return new ProgramTarget(ProbeKind.RAW_TRACEPOINT, ProgType.RAW_TRACEPOINT, "raw_tracepoint/" + name, ContextLayout.RAW_TRACEPOINT);
    }

    /** A uprobe/uretprobe on {@code path:symbol}; uprobes are kprobe-type programs reading user pt_regs. */
    public static ProgramTarget uprobe(String path, String symbol, boolean ret) {
        String sec = (ret ? "uretprobe/" : "uprobe/") + path + ":" + symbol;
        return new ProgramTarget(ret ? ProbeKind.URETPROBE : ProbeKind.UPROBE, ProgType.KPROBE, sec,
                ContextLayout.ptRegs(ret));
    }

    /** True for kprobe/kretprobe/tracepoint programs, whose context is one the kernel lets us read directly. */
    public boolean isReturn() { return kind == ProbeKind.KRETPROBE || kind == ProbeKind.URETPROBE || layout == ContextLayout.SYSCALL_EXIT; }
}
