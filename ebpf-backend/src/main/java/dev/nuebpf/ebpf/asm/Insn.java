package dev.nuebpf.ebpf.asm;

import dev.nuebpf.diag.Span;

/**
 * One instruction. {@code imm64} is only used by LD_IMM64 (which takes two 8-byte slots). A jump names its target
 * {@code label} (resolved by the assembler) instead of an offset; a map load names the map symbol in {@code map}
 * (a relocation for the ELF writer). {@code label} on a non-jump marks this instruction as a jump target...
 * no: labels are separate {@link Item}s. {@code span} is the closure source this came from (line info, errors).
 */
public record Insn(int opcode, int dst, int src, int off, int imm, long imm64, String target, String map, Span span) {

    public boolean isWide() { return opcode == (Op.LD | Op.DW | Op.IMM); }

    public int slots() { return isWide() ? 2 : 1; }

    public boolean isJump() {
        int c = Op.cls(opcode);
        int op = Op.aluOp(opcode);
        return (c == Op.JMP || c == Op.JMP32) && op != Op.CALL && op != Op.EXIT;
    }

    public Insn withSpan(Span s) { return new Insn(opcode, dst, src, off, imm, imm64, target, map, s); }

    public Insn withOff(int o) { return new Insn(opcode, dst, src, o, imm, imm64, target, map, span); }

    /** An element of an instruction list before assembly: an instruction or a label marking the next one. */
    public sealed interface Item permits Ins, Label {}

    public record Ins(Insn insn) implements Item {}

    public record Label(String name) implements Item {}
}
