package dev.nuebpf.ebpf.asm;

/**
 * Register numbers. r0 = return value / helper result, r1–r5 = helper arguments (clobbered by calls),
 * r6–r9 = callee-saved, r10 = read-only frame pointer.
 */
public final class Reg {
    private Reg() {}

    public static final int R0 = 0, R1 = 1, R2 = 2, R3 = 3, R4 = 4, R5 = 5, R6 = 6, R7 = 7, R8 = 8, R9 = 9, FP = 10;

    public static String name(int r) { return "r" + r; }
}
