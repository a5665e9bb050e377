package dev.nuebpf.ebpf.asm;

import static dev.nuebpf.ebpf.asm.Reg.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each builder against the instruction-set document's encoding (opcode, dst/src nibbles, offset, immediate), and the
 * disassembly text. Expected bytes are written from the spec's tables, not from our output.
 */
class AsmEncodingTest {
    record Row(Insn insn, String hex, String text) {}

    static final List<Row> ROWS = List.of(
            new Row(Asm.mov(R6, R1), "bf16000000000000", "r6 = r1"),
            new Row(Asm.movImm(R0, 0), "b700000000000000", "r0 = 0"),
            new Row(Asm.movImm(R3, -1), "b7030000ffffffff", "r3 = -1"),
            new Row(Asm.aluImm(Op.ADD, R2, -8), "07020000f8ffffff", "r2 += -8"),
            new Row(Asm.aluImm(Op.RSH, R0, 32), "7700000020000000", "r0 >>= 32"),
            new Row(Asm.aluImm(Op.LSH, R1, 32), "6701000020000000", "r1 <<= 32"),
            new Row(Asm.alu(Op.SUB, R7, R8), "1f87000000000000", "r7 -= r8"),
            new Row(Asm.alu(Op.MUL, R7, R8), "2f87000000000000", "r7 *= r8"),
            new Row(Asm.alu(Op.ARSH, R1, R2), "cf21000000000000", "r1 s>>= r2"),
            new Row(Asm.alu(Op.XOR, R1, R2), "af21000000000000", "r1 ^= r2"),
            new Row(Asm.sdiv(Op.DIV, R1, R2), "3f21010000000000", "r1 s/= r2"),
            new Row(Asm.sdiv(Op.MOD, R1, R2), "9f21010000000000", "r1 s%= r2"),
            new Row(Asm.ldx(Op.DW, R1, R6, 112), "7961700000000000", "r1 = *(u64 *)(r6 +112)"),
            new Row(Asm.ldx(Op.W, R1, FP, -4), "61a1fcff00000000", "r1 = *(u32 *)(r10 -4)"),
            new Row(Asm.stx(Op.DW, FP, -8, R0), "7b0af8ff00000000", "*(u64 *)(r10 -8) = r0"),
            new Row(Asm.stx(Op.W, FP, -4, R1), "631afcff00000000", "*(u32 *)(r10 -4) = r1"),
            new Row(Asm.st(Op.DW, FP, -16, 7), "7a0af0ff07000000", "*(u64 *)(r10 -16) = 7"),
            new Row(Asm.atomicAdd64(R0, 0, R1), "db10000000000000", "lock *(u64 *)(r0 +0) += r1"),
            new Row(Asm.call(HelperFunc.GET_CURRENT_PID_TGID), "850000000e000000", "call bpf_get_current_pid_tgid#14"),
            new Row(Asm.call(HelperFunc.RINGBUF_OUTPUT), "8500000082000000", "call bpf_ringbuf_output#130"),
            new Row(Asm.exit(), "9500000000000000", "exit"));

    @Test void encodesAsTheSpecSays() {
        for (Row r : ROWS) {
            var b = java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            Assembler.encode(b, r.insn());
            assertEquals(r.hex(), HexFormat.of().formatHex(b.array()), r.text());
            assertEquals(r.text(), Disassembler.text(r.insn()));
            Insn back = Assembler.decode(b.array()).get(0);
            assertEquals(r.insn().opcode(), back.opcode(), r.text());
            assertEquals(r.insn().dst(), back.dst(), r.text());
            assertEquals(r.insn().src(), back.src(), r.text());
            assertEquals(r.insn().off(), back.off(), r.text());
            assertEquals(r.insn().imm(), back.imm(), r.text());
        }
    }

    @Test void ldImm64TakesTwoSlotsWithTheHighHalfInTheSecond() {
        Insn in = Asm.ldImm64(R1, 0x1122334455667788L);
        var b = java.nio.ByteBuffer.allocate(16).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        Assembler.encode(b, in);
        assertEquals("1801000088776655" + "0000000044332211", HexFormat.of().formatHex(b.array()));
        assertEquals(0x1122334455667788L, Assembler.decode(b.array()).get(0).imm64());
        assertEquals("r1 = 0x1122334455667788 ll", Disassembler.text(in));
    }

    @Test void mapLoadsBecomeRelocationsAtTheirSlot() {
        List<Insn.Item> items = new ArrayList<>();
        items.add(new Insn.Ins(Asm.ldImm64(R2, 5)));
        items.add(new Insn.Ins(Asm.ldMap(R1, "counters")));
        items.add(new Insn.Ins(Asm.exit()));
        Assembler.Program p = Assembler.assemble(items);
        assertEquals(List.of(new Assembler.Reloc(2, "counters")), p.relocs());
        assertEquals(5, p.slotCount());
        assertEquals(0x18, p.code()[16] & 0xff);
        assertEquals(0x11, p.code()[17] & 0xff, "dst r1, src BPF_PSEUDO_MAP_FD");
    }

    @Test void jumpsResolveToSlotsRelativeToTheNextInstruction() {
        List<Insn.Item> items = new ArrayList<>();
        items.add(new Insn.Ins(Asm.jmpImm(Op.JEQ, R0, 0, "out")));
        items.add(new Insn.Ins(Asm.ldImm64(R1, 1L << 40)));
        items.add(new Insn.Ins(Asm.ja("out")));
        items.add(new Insn.Label("out"));
        items.add(new Insn.Ins(Asm.exit()));
        Assembler.Program p = Assembler.assemble(items);
        assertEquals(3, p.insns().get(0).off(), "skips the 2-slot ld_imm64 and the ja");
        assertEquals(0, p.insns().get(2).off());
        assertEquals("if r0 == 0x0 goto out (+3)", Disassembler.text(p.insns().get(0)));
        assertThrows(IllegalStateException.class, () -> Assembler.assemble(List.of(new Insn.Ins(Asm.ja("nowhere")))));
    }

    @Test void helperIdsMatchLinuxBpfH() {
        // numbers from enum bpf_func_id in include/uapi/linux/bpf.h
        assertEquals(1, HelperFunc.MAP_LOOKUP_ELEM.id);
        assertEquals(2, HelperFunc.MAP_UPDATE_ELEM.id);
        assertEquals(3, HelperFunc.MAP_DELETE_ELEM.id);
        assertEquals(5, HelperFunc.KTIME_GET_NS.id);
        assertEquals(14, HelperFunc.GET_CURRENT_PID_TGID.id);
        assertEquals(15, HelperFunc.GET_CURRENT_UID_GID.id);
        assertEquals(16, HelperFunc.GET_CURRENT_COMM.id);
        assertEquals(25, HelperFunc.PERF_EVENT_OUTPUT.id);
        assertEquals(114, HelperFunc.PROBE_READ_USER_STR.id);
        assertEquals(115, HelperFunc.PROBE_READ_KERNEL_STR.id);
        assertEquals(130, HelperFunc.RINGBUF_OUTPUT.id);
    }
}
