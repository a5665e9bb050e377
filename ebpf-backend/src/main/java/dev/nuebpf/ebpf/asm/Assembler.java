package dev.nuebpf.ebpf.asm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves labels to jump offsets (counted in 8-byte slots, relative to the next instruction) and encodes
 * instructions little-endian. Map loads become {@link Reloc}s at their slot for the ELF writer.
 */
public final class Assembler {
    private Assembler() {}

    /** A map load at {@code slot} (instruction index in 8-byte units) referring to map symbol {@code symbol}. */
    public record Reloc(int slot, String symbol) {}

    /** The result: encoded bytes, instructions with resolved offsets, each instruction's slot, relocations. */
    public record Program(byte[] code, List<Insn> insns, int[] slots, List<Reloc> relocs) {
        public int slotCount() { return code.length / 8; }
    }

    public static Program assemble(List<Insn.Item> items) {
        Map<String, Integer> labelSlot = new HashMap<>();
        List<Insn> insns = new ArrayList<>();
        List<Integer> slotOf = new ArrayList<>();
        int slot = 0;
        for (Insn.Item it : items) {
            if (it instanceof Insn.Label l) {
                if (labelSlot.put(l.name(), slot) != null) throw new IllegalStateException("duplicate label " + l.name());
            } else {
                Insn in = ((Insn.Ins) it).insn();
                insns.add(in);
                slotOf.add(slot);
                slot += in.slots();
            }
        }
        ByteBuffer b = ByteBuffer.allocate(slot * 8).order(ByteOrder.LITTLE_ENDIAN);
        List<Reloc> relocs = new ArrayList<>();
        int[] slots = new int[insns.size()];
        List<Insn> resolved = new ArrayList<>(insns.size());
        for (int k = 0; k < insns.size(); k++) {
            Insn in = insns.get(k);
            int s = slotOf.get(k);
            slots[k] = s;
            if (in.isJump()) {
                Integer t = labelSlot.get(in.target());
                if (t == null) throw new IllegalStateException("undefined label " + in.target());
                int off = t - (s + 1);
                if (off < Short.MIN_VALUE || off > Short.MAX_VALUE) throw new IllegalStateException("jump too far: " + off);
                in = in.withOff(off);
            }
            if (in.map() != null) relocs.add(new Reloc(s, in.map()));
            resolved.add(in);
            encode(b, in);
        }
        return new Program(b.array(), resolved, slots, relocs);
    }

    /** Writes one instruction (two slots for LD_IMM64) at the buffer's position. */
    public static void encode(ByteBuffer b, Insn in) {
        b.put((byte) in.opcode());
        b.put((byte) ((in.src() << 4) | (in.dst() & 0x0f)));
        b.putShort((short) in.off());
        if (in.isWide()) {
            b.putInt((int) in.imm64());
            b.put((byte) 0).put((byte) 0).putShort((short) 0);
            b.putInt((int) (in.imm64() >>> 32));
        } else {
            b.putInt(in.imm());
        }
    }

    /** Decodes bytes back into instructions (jump offsets stay numeric; map loads keep only their src marker). */
    public static List<Insn> decode(byte[] code) {
        ByteBuffer b = ByteBuffer.wrap(code).order(ByteOrder.LITTLE_ENDIAN);
        List<Insn> out = new ArrayList<>();
        while (b.remaining() >= 8) {
            int opcode = b.get() & 0xff;
            int regs = b.get() & 0xff;
            int off = b.getShort();
            int imm = b.getInt();
            long imm64 = 0;
            if (opcode == (Op.LD | Op.DW | Op.IMM) && b.remaining() >= 8) {
                b.getInt();
                int hi = b.getInt();
                imm64 = ((long) hi << 32) | (imm & 0xffffffffL);
            }
            out.add(new Insn(opcode, regs & 0x0f, regs >>> 4, off, imm, imm64, null, null, null));
        }
        return out;
    }
}
