package dev.nuebpf.ebpf.probe;

import java.util.Arrays;

/**
 * Where a program finds {@code bpf-arg n} and {@code bpf-retval} in its context (the pointer the kernel passes
 * in r1). Every read is a plain 8-byte load at a constant offset from the context, so the compiler needs no
 * more than these offsets. An offset of -1 means "not available for this probe type" (a compile error).
 */
public record ContextLayout(String name, int[] argOffsets, int retvalOffset) {

    /** x86_64 {@code struct pt_regs}: the System V argument registers di, si, dx, cx, r8, r9; return value in ax. */
    public static final ContextLayout PT_REGS_ENTRY = new ContextLayout("pt_regs (x86_64)", new int[] {112, 104, 96, 88, 72, 64}, -1);
    /** pt_regs at a function's return: only ax is meaningful (argument registers are clobbered by then). */
    public static final ContextLayout PT_REGS_RETURN = new ContextLayout("pt_regs at return (x86_64)", new int[0], 80);
    /** arm64 {@code struct user_pt_regs}: x0–x5 carry the arguments at 8n, x0 the return value. */
    public static final ContextLayout PT_REGS_ENTRY_ARM64 = new ContextLayout("pt_regs (aarch64)", new int[] {0, 8, 16, 24, 32, 40}, -1);
    public static final ContextLayout PT_REGS_RETURN_ARM64 = new ContextLayout("pt_regs at return (aarch64)", new int[0], 0);

    /** The pt_regs layout of the machine we run on (the kernel the program is loaded into). */
    public static ContextLayout ptRegs(boolean atReturn) {
        boolean arm = "aarch64".equals(System.getProperty("os.arch"));
        return atReturn ? (arm ? PT_REGS_RETURN_ARM64 : PT_REGS_RETURN) : (arm ? PT_REGS_ENTRY_ARM64 : PT_REGS_ENTRY);
    }

    /** {@code syscalls/sys_enter_*}: {@code __syscall_nr} at 8, arguments in 8-byte slots from offset 16. */
    public static final ContextLayout SYSCALL_ENTER = new ContextLayout("syscall entry tracepoint", new int[] {16, 24, 32, 40, 48, 56}, -1);
    /** {@code syscalls/sys_exit_*}: {@code ret} at offset 16. */
    public static final ContextLayout SYSCALL_EXIT = new ContextLayout("syscall exit tracepoint", new int[0], 16);
    /** {@code struct bpf_raw_tracepoint_args}: {@code args[n]} at 8n (what they mean depends on the tracepoint). */
    public static final ContextLayout RAW_TRACEPOINT = new ContextLayout("raw tracepoint args", new int[] {0, 8, 16, 24, 32, 40}, -1);
    /** Other tracepoints: their fields are not modelled, so neither args nor a return value are readable. */
    public static final ContextLayout TRACEPOINT_OPAQUE = new ContextLayout("tracepoint record", new int[0], -1);

    public ContextLayout {
        argOffsets = argOffsets.clone();
    }

    /** The context offset of argument n, or -1 if this layout has no such argument. */
    public int argOffset(int n) { return n >= 0 && n < argOffsets.length ? argOffsets[n] : -1; }

    public int argCount() { return argOffsets.length; }

    public boolean hasRetval() { return retvalOffset >= 0; }

    @Override public boolean equals(Object o) {
        return o instanceof ContextLayout c && c.name.equals(name) && Arrays.equals(c.argOffsets, argOffsets) && c.retvalOffset == retvalOffset;
    }

    @Override public int hashCode() { return name.hashCode() * 31 + Arrays.hashCode(argOffsets) + retvalOffset; }

    @Override public String toString() { return name; }
}
