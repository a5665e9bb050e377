package dev.nuebpf.ebpf.probe;

/** The BPF program types we generate, with their {@code enum bpf_prog_type} numbers from linux/bpf.h. */
public enum ProgType {
    KPROBE(2), TRACEPOINT(5), RAW_TRACEPOINT(17);

    /** The kernel's number for {@code BPF_PROG_LOAD}'s {@code prog_type}. */
    public final int id;

    ProgType(int id) { this.id = id; }
}
