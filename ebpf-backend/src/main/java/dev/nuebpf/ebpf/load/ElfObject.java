package dev.nuebpf.ebpf.load;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A parsed 64-bit little-endian ELF relocatable object: sections, symbols and REL relocations. */
public final class ElfObject {
    public static final int SHT_PROGBITS = 1, SHT_SYMTAB = 2, SHT_STRTAB = 3, SHT_NOBITS = 8, SHT_REL = 9, SHT_DYNSYM = 11;
    public static final long SHF_EXECINSTR = 4;
    public static final int STT_OBJECT = 1, STT_FUNC = 2, STT_SECTION = 3;
    static final int EM_BPF = 247;

    /** {@code addr} is the load address, {@code fileOffset} where the data starts in the file. */
    public record Section(int index, String name, int type, long flags, byte[] data, int link, int info, long addr, long fileOffset) {}

    public record Symbol(String name, int type, int bind, int section, long value, long size) {}

    /** {@code offset} is a byte offset in the target section; {@code type} is R_BPF_*. */
    public record Relocation(long offset, int type, Symbol symbol) {}

    private final List<Section> sections = new ArrayList<>();
    private final List<Symbol> symbols = new ArrayList<>();
    private final int machine;

    private ElfObject(int machine) { this.machine = machine; }

    public static ElfObject parse(byte[] bytes) {
        if (bytes.length < 64 || bytes[0] != 0x7f || bytes[1] != 'E' || bytes[2] != 'L' || bytes[3] != 'F')
            throw new ObjectFormatException("not an ELF file (bad magic)");
        if (bytes[4] != 2) throw new ObjectFormatException("not a 64-bit ELF object");
        if (bytes[5] != 1) throw new ObjectFormatException("not a little-endian ELF object (big-endian BPF is not supported)");
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        ElfObject o = new ElfObject(Short.toUnsignedInt(b.getShort(0x12)));
        long shoff = b.getLong(0x28);
        int shentsize = Short.toUnsignedInt(b.getShort(0x3A));
        int shnum = Short.toUnsignedInt(b.getShort(0x3C));
        int shstrndx = Short.toUnsignedInt(b.getShort(0x3E));
        if (shoff <= 0 || shoff + (long) shnum * shentsize > bytes.length || shentsize < 64)
            throw new ObjectFormatException("section header table is outside the file");
        long[][] hdr = new long[shnum][];
        for (int i = 0; i < shnum; i++) {
            int p = (int) (shoff + (long) i * shentsize);
            hdr[i] = new long[] {Integer.toUnsignedLong(b.getInt(p)), b.getInt(p + 4), b.getLong(p + 8),
                b.getLong(p + 24), b.getLong(p + 32), b.getInt(p + 40), b.getInt(p + 44), b.getLong(p + 16)};
        }
        byte[] shstr = sectionBytes(bytes, hdr[shstrndx]);
        for (int i = 0; i < shnum; i++) {
            long[] h = hdr[i];
            o.sections.add(new Section(i, cstr(shstr, (int) h[0]), (int) h[1], h[2], sectionBytes(bytes, h),
                    (int) h[5], (int) h[6], h[7], h[3]));
        }
        for (Section s : o.sections) {
            if (s.type() != SHT_SYMTAB && s.type() != SHT_DYNSYM) continue;
            byte[] strtab = o.sections.get(s.link()).data();
            ByteBuffer sb = ByteBuffer.wrap(s.data()).order(ByteOrder.LITTLE_ENDIAN);
            for (int p = 0; p + 24 <= s.data().length; p += 24) {
                int info = sb.get(p + 4) & 0xff;
                int shndx = Short.toUnsignedInt(sb.getShort(p + 6));
                String name = cstr(strtab, sb.getInt(p));
                if ((info & 0xf) == STT_SECTION && shndx < o.sections.size()) name = o.sections.get(shndx).name();
                o.symbols.add(new Symbol(name, info & 0xf, info >> 4, shndx, sb.getLong(p + 8), sb.getLong(p + 16)));
            }
        }
        return o;
    }

    private static byte[] sectionBytes(byte[] file, long[] h) {
        if (h[1] == SHT_NOBITS || h[1] == 0) return new byte[0];
        long off = h[3], size = h[4];
        if (off < 0 || size < 0 || off + size > file.length) throw new ObjectFormatException("section data is outside the file");
        return Arrays.copyOfRange(file, (int) off, (int) (off + size));
    }

    static String cstr(byte[] tab, int off) {
        if (off < 0 || off >= tab.length) return "";
        int end = off;
        while (end < tab.length && tab[end] != 0) end++;
        return new String(tab, off, end - off, StandardCharsets.UTF_8);
    }

    public boolean isBpf() { return machine == EM_BPF; }

    public int machine() { return machine; }

    public List<Section> sections() { return sections; }

    public List<Symbol> symbols() { return symbols; }

    public Section section(String name) {
        for (Section s : sections) if (s.name().equals(name)) return s;
        return null;
    }

    /** The relocations that apply to {@code target} (from its {@code SHT_REL} section, if any). */
    public List<Relocation> relocationsFor(Section target) {
        List<Relocation> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.type() != SHT_REL || s.info() != target.index()) continue;
            ByteBuffer rb = ByteBuffer.wrap(s.data()).order(ByteOrder.LITTLE_ENDIAN);
            for (int p = 0; p + 16 <= s.data().length; p += 16) {
                long info = rb.getLong(p + 8);
                int symIdx = (int) (info >>> 32);
                if (symIdx >= symbols.size()) throw new ObjectFormatException("relocation in " + target.name() + " names a missing symbol");
                out.add(new Relocation(rb.getLong(p), (int) info, symbols.get(symIdx)));
            }
        }
        return out;
    }
}
