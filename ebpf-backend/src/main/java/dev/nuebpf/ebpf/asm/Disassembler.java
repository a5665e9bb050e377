package dev.nuebpf.ebpf.asm;

import java.util.List;

/**
 * Readable text for instructions, in the C-like notation the kernel's verifier log and bpftool use
 * ({@code r1 = *(u64 *)(r6 +112)}, {@code if r0 == 0x0 goto +3}), one line per instruction with its slot number.
 */
public final class Disassembler {
    private Disassembler() {}

    public static String disassemble(Assembler.Program p) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < p.insns().size(); k++) {
            sb.append(String.format("%4d: %s%n", p.slots()[k], text(p.insns().get(k))));
        }
        return sb.toString();
    }

    public static String text(Insn in) {
        int op = in.opcode();
        int cls = Op.cls(op);
        String d = "r" + in.dst(), s = "r" + in.src();
        switch (cls) {
            case Op.ALU64, Op.ALU -> {
                String w = cls == Op.ALU ? "w" : "r";
                d = w + in.dst();
                s = w + in.src();
                String rhs = Op.source(op) == Op.X ? s : Integer.toString(in.imm());
                int a = Op.aluOp(op);
                if (a == Op.NEG) return d + " = -" + d;
                if (a == Op.MOV) return d + " = " + rhs;
                String sym = switch (a) {
                    case Op.ADD -> "+="; case Op.SUB -> "-="; case Op.MUL -> "*="; case Op.DIV -> in.off() == 1 ? "s/=" : "/=";
                    case Op.OR -> "|="; case Op.AND -> "&="; case Op.LSH -> "<<="; case Op.RSH -> ">>=";
                    case Op.MOD -> in.off() == 1 ? "s%=" : "%="; case Op.XOR -> "^="; case Op.ARSH -> "s>>=";
                    default -> "?=";
                };
                return d + " " + sym + " " + rhs;
            }
            case Op.LD -> {
                if (in.src() == Op.PSEUDO_MAP_FD) return d + " = map[" + (in.map() == null ? "fd " + in.imm() : in.map()) + "] ll";
                return d + " = " + hex(in.imm64()) + " ll";
            }
            case Op.LDX -> { return d + " = *(" + size(op) + " *)(" + s + " " + sign(in.off()) + ")"; }
            case Op.ST -> { return "*(" + size(op) + " *)(" + d + " " + sign(in.off()) + ") = " + in.imm(); }
            case Op.STX -> {
                if (Op.mode(op) == Op.ATOMIC) return "lock *(" + size(op) + " *)(" + d + " " + sign(in.off()) + ") += " + s;
                return "*(" + size(op) + " *)(" + d + " " + sign(in.off()) + ") = " + s;
            }
            case Op.JMP, Op.JMP32 -> {
                int j = Op.aluOp(op);
                if (j == Op.CALL) {
                    HelperFunc f = HelperFunc.byId(in.imm());
                    return "call " + (f == null ? "#" + in.imm() : f.kernelName() + "#" + in.imm());
                }
                if (j == Op.EXIT) return "exit";
                String to = in.target() != null ? in.target() + " (" + sign(in.off()) + ")" : sign(in.off());
                if (j == Op.JA) return "goto " + to;
                String cmp = switch (j) {
                    case Op.JEQ -> "=="; case Op.JGT -> ">"; case Op.JGE -> ">="; case Op.JSET -> "&"; case Op.JNE -> "!=";
                    case Op.JSGT -> "s>"; case Op.JSGE -> "s>="; case Op.JLT -> "<"; case Op.JLE -> "<="; case Op.JSLT -> "s<";
                    case Op.JSLE -> "s<="; default -> "?";
                };
                String rhs = Op.source(op) == Op.X ? s : hex(in.imm());
                return "if " + d + " " + cmp + " " + rhs + " goto " + to;
            }
            default -> { return String.format("?? opcode 0x%02x", op); }
        }
    }

    private static String size(int op) {
        return switch (Op.size(op)) { case Op.W -> "u32"; case Op.H -> "u16"; case Op.B -> "u8"; default -> "u64"; };
    }

    private static String sign(int off) { return off < 0 ? "-" + (-off) : "+" + off; }

    private static String hex(long v) { return "0x" + Long.toHexString(v); }

    public static String listing(List<Insn> insns) {
        StringBuilder sb = new StringBuilder();
        for (Insn in : insns) sb.append(text(in)).append('\n');
        return sb.toString();
    }
}
