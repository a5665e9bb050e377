package dev.nuebpf.ebpf.asm;

/** Opcode parts from the kernel's instruction-set document (Documentation/bpf/standardization/instruction-set.rst). */
public final class Op {
    private Op() {}

    // instruction classes (low 3 bits)
    public static final int LD = 0x00, LDX = 0x01, ST = 0x02, STX = 0x03, ALU = 0x04, JMP = 0x05, JMP32 = 0x06, ALU64 = 0x07;
    // sizes for loads/stores
    public static final int W = 0x00, H = 0x08, B = 0x10, DW = 0x18;
    // modes
    public static final int IMM = 0x00, MEM = 0x60, ATOMIC = 0xc0;
    // operand source
    public static final int K = 0x00, X = 0x08;
    // ALU operations
    public static final int ADD = 0x00, SUB = 0x10, MUL = 0x20, DIV = 0x30, OR = 0x40, AND = 0x50, LSH = 0x60, RSH = 0x70,
            NEG = 0x80, MOD = 0x90, XOR = 0xa0, MOV = 0xb0, ARSH = 0xc0;
    // jump operations
    public static final int JA = 0x00, JEQ = 0x10, JGT = 0x20, JGE = 0x30, JSET = 0x40, JNE = 0x50, JSGT = 0x60, JSGE = 0x70,
            CALL = 0x80, EXIT = 0x90, JLT = 0xa0, JLE = 0xb0, JSLT = 0xc0, JSLE = 0xd0;
    /** {@code src} of an LD_IMM64 whose immediate is a map fd (patched by the loader from the relocation). */
    public static final int PSEUDO_MAP_FD = 1;

    public static int cls(int opcode) { return opcode & 0x07; }

    public static int size(int opcode) { return opcode & 0x18; }

    public static int mode(int opcode) { return opcode & 0xe0; }

    public static int aluOp(int opcode) { return opcode & 0xf0; }

    public static int source(int opcode) { return opcode & 0x08; }

    public static int bytes(int size) {
        return switch (size) { case W -> 4; case H -> 2; case B -> 1; default -> 8; };
    }
}
