package dev.nuebpf.ebpf.asm;

/** Builders for every instruction form we emit (no span; the lowering attaches one with {@link Insn#withSpan}). */
public final class Asm {
    private Asm() {}

    private static Insn i(int opcode, int dst, int src, int off, int imm) {
        return new Insn(opcode, dst, src, off, imm, 0, null, null, null);
    }

    public static Insn movImm(int dst, int imm) { return i(Op.ALU64 | Op.MOV | Op.K, dst, 0, 0, imm); }

    public static Insn mov(int dst, int src) { return i(Op.ALU64 | Op.MOV | Op.X, dst, src, 0, 0); }

    /** 64-bit ALU with an immediate, e.g. {@code alu(Op.ADD, R1, -8)}. */
    public static Insn aluImm(int op, int dst, int imm) { return i(Op.ALU64 | op | Op.K, dst, 0, 0, imm); }

    public static Insn alu(int op, int dst, int src) { return i(Op.ALU64 | op | Op.X, dst, src, 0, 0); }

    /** Signed division / modulo (offset 1; kernel 6.6+ "cpu v4"). */
    public static Insn sdiv(int op, int dst, int src) { return i(Op.ALU64 | op | Op.X, dst, src, 1, 0); }

    public static Insn neg(int dst) { return i(Op.ALU64 | Op.NEG | Op.K, dst, 0, 0, 0); }

    /** 32-bit move (zero-extends into the upper half). */
    public static Insn mov32(int dst, int src) { return i(Op.ALU | Op.MOV | Op.X, dst, src, 0, 0); }

    public static Insn ldImm64(int dst, long value) {
        return new Insn(Op.LD | Op.DW | Op.IMM, dst, 0, 0, (int) value, value, null, null, null);
    }

    /** Loads the address of map {@code symbol}; the loader patches in the fd via the ELF relocation. */
    public static Insn ldMap(int dst, String symbol) {
        return new Insn(Op.LD | Op.DW | Op.IMM, dst, Op.PSEUDO_MAP_FD, 0, 0, 0, null, symbol, null);
    }

    /** {@code dst = *(size *)(src + off)}. */
    public static Insn ldx(int size, int dst, int src, int off) { return i(Op.LDX | Op.MEM | size, dst, src, off, 0); }

    /** {@code *(size *)(dst + off) = src}. */
    public static Insn stx(int size, int dst, int off, int src) { return i(Op.STX | Op.MEM | size, dst, src, off, 0); }

    /** {@code *(size *)(dst + off) = imm}. */
    public static Insn st(int size, int dst, int off, int imm) { return i(Op.ST | Op.MEM | size, dst, 0, off, imm); }

    /** {@code lock *(u64 *)(dst + off) += src}. */
    public static Insn atomicAdd64(int dst, int off, int src) { return i(Op.STX | Op.ATOMIC | Op.DW, dst, src, off, Op.ADD); }

    public static Insn jmpImm(int op, int dst, int imm, String label) {
        return new Insn(Op.JMP | op | Op.K, dst, 0, 0, imm, 0, label, null, null);
    }

    public static Insn jmp(int op, int dst, int src, String label) {
        return new Insn(Op.JMP | op | Op.X, dst, src, 0, 0, 0, label, null, null);
    }

    public static Insn ja(String label) { return new Insn(Op.JMP | Op.JA, 0, 0, 0, 0, 0, label, null, null); }

    public static Insn call(HelperFunc f) { return i(Op.JMP | Op.CALL, 0, 0, 0, f.id); }

    public static Insn exit() { return i(Op.JMP | Op.EXIT, 0, 0, 0, 0); }
}
