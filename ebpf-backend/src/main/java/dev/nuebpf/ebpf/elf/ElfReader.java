package dev.nuebpf.ebpf.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the sections, symbols and relocations of an ELF64 little-endian object (round-trip tests, tools). */
public final class ElfReader {
    public record Section(int index, String name, int type, long flags, byte[] data, int link, int info) {}

    public record Symbol(String name, int section, long value, long size, int bind, int type) {}

    public record Rel(long offset, int symbol, int type) {}

    private final List<Section> sections = new ArrayList<>();
    private final List<Symbol> symbols = new ArrayList<>();
    public final int machine;

    public ElfReader(byte[] elf) {
        ByteBuffer b = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != 0x464c457f || elf[4] != 2 || elf[5] != 1) throw new IllegalArgumentException("not an ELF64 little-endian object");
        machine = b.getShort(18) & 0xffff;
        long shoff = b.getLong(40);
        int shnum = b.getShort(60) & 0xffff, shstrndx = b.getShort(62) & 0xffff;
        long[][] hdr = new long[shnum][];
        for (int i = 0; i < shnum; i++) {
            int at = (int) shoff + 64 * i;
            hdr[i] = new long[] {b.getInt(at), b.getInt(at + 4), b.getLong(at + 8), b.getLong(at + 24), b.getLong(at + 32), b.getInt(at + 40), b.getInt(at + 44)};
        }
        byte[] shstr = slice(elf, hdr[shstrndx]);
        for (int i = 1; i < shnum; i++) {
            long[] h = hdr[i];
            sections.add(new Section(i, cstr(shstr, (int) h[0]), (int) h[1], h[2], slice(elf, h), (int) h[5], (int) h[6]));
        }
        for (Section s : sections) {
            if (s.type() != ElfWriter.SHT_SYMTAB) continue;
            byte[] str = section(s.link()).data();
            ByteBuffer sb = ByteBuffer.wrap(s.data()).order(ByteOrder.LITTLE_ENDIAN);
            for (int at = 0; at + 24 <= s.data().length; at += 24) {
                int info = s.data()[at + 4] & 0xff;
                symbols.add(new Symbol(cstr(str, sb.getInt(at)), sb.getShort(at + 6) & 0xffff, sb.getLong(at + 8), sb.getLong(at + 16), info >> 4, info & 0xf));
            }
        }
    }

    public List<Section> sections() { return sections; }

    /** Symbols in table order (index 0 is the null symbol). */
    public List<Symbol> symbols() { return symbols; }

    public Section section(int index) { return sections.get(index - 1); }

    public Section section(String name) {
        for (Section s : sections) if (s.name().equals(name)) return s;
        return null;
    }

    public List<Rel> rels(Section relSection) {
        List<Rel> out = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(relSection.data()).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 16 <= relSection.data().length; at += 16) {
            long info = b.getLong(at + 8);
            out.add(new Rel(b.getLong(at), (int) (info >>> 32), (int) info));
        }
        return out;
    }

    private static byte[] slice(byte[] elf, long[] h) {
        if (h[1] == 8) return new byte[0]; // SHT_NOBITS
        return Arrays.copyOfRange(elf, (int) h[3], (int) (h[3] + h[4]));
    }

    private static String cstr(byte[] t, int off) {
        int e = off;
        while (e < t.length && t[e] != 0) e++;
        return new String(t, off, e - off, StandardCharsets.UTF_8);
    }
}
