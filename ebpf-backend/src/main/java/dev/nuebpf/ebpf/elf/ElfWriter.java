package dev.nuebpf.ebpf.elf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects sections and symbols, then lays out an ELF64 relocatable object for EM_BPF. Section and symbol names
 * share one {@code .strtab}. Local symbols are written before global ones, as ELF requires.
 */
public final class ElfWriter {
    public static final int EM_BPF = 247;
    public static final int SHT_PROGBITS = 1, SHT_SYMTAB = 2, SHT_STRTAB = 3, SHT_REL = 9;
    public static final long SHF_WRITE = 1, SHF_ALLOC = 2, SHF_EXECINSTR = 4;
    public static final int STB_LOCAL = 0, STB_GLOBAL = 1;
    public static final int STT_NOTYPE = 0, STT_OBJECT = 1, STT_FUNC = 2, STT_SECTION = 3;
    /** The BPF relocation type for a 64-bit immediate (LD_IMM64 of a map). */
    public static final int R_BPF_64_64 = 1;

    public record Section(String name, int type, long flags, byte[] data, int align) {}

    public record Symbol(String name, int section, long value, long size, int bind, int type) {}

    /** A relocation in section {@code section} at byte {@code offset} against symbol index (in {@link #symbol} order). */
    public record Rel(int section, long offset, int symbol, int type) {}

    private final List<Section> sections = new ArrayList<>();
    private final List<Symbol> symbols = new ArrayList<>();
    private final List<Rel> rels = new ArrayList<>();

    /** Adds a section; returns its ELF index (1-based: 0 is the null section). */
    public int section(String name, int type, long flags, byte[] data, int align) {
        sections.add(new Section(name, type, flags, data, align));
        return sections.size();
    }

    /** Adds a symbol; returns a handle for {@link #rel}. */
    public int symbol(String name, int section, long value, long size, int bind, int type) {
        symbols.add(new Symbol(name, section, value, size, bind, type));
        return symbols.size() - 1;
    }

    public void rel(int section, long offset, int symbolHandle, int type) { rels.add(new Rel(section, offset, symbolHandle, type)); }

    public byte[] write() {
        // symbol order: null, locals, globals
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < symbols.size(); i++) if (symbols.get(i).bind() == STB_LOCAL) order.add(i);
        int firstGlobal = order.size() + 1;
        for (int i = 0; i < symbols.size(); i++) if (symbols.get(i).bind() != STB_LOCAL) order.add(i);
        int[] symIndex = new int[symbols.size()];
        for (int k = 0; k < order.size(); k++) symIndex[order.get(k)] = k + 1;

        ByteArrayOutputStream strtab = new ByteArrayOutputStream();
        strtab.write(0);
        List<Section> all = new ArrayList<>(sections);
        // .rel<name> per section with relocations
        List<Integer> relTargets = new ArrayList<>();
        for (Rel r : rels) if (!relTargets.contains(r.section())) relTargets.add(r.section());
        int symtabIndex = all.size() + relTargets.size() + 1;
        int strtabIndex = symtabIndex + 1;
        List<int[]> relLinkInfo = new ArrayList<>();
        for (int target : relTargets) {
            ByteBuffer rb = ByteBuffer.allocate(16 * (int) rels.stream().filter(r -> r.section() == target).count()).order(ByteOrder.LITTLE_ENDIAN);
            for (Rel r : rels) if (r.section() == target) rb.putLong(r.offset()).putLong(((long) symIndex[r.symbol()] << 32) | r.type());
            all.add(new Section(".rel" + sections.get(target - 1).name(), SHT_REL, 0, rb.array(), 8));
            relLinkInfo.add(new int[] {symtabIndex, target});
        }
        ByteBuffer sb = ByteBuffer.allocate(24 * (order.size() + 1)).order(ByteOrder.LITTLE_ENDIAN);
        sb.put(new byte[24]);
        for (int k : order) {
            Symbol s = symbols.get(k);
            sb.putInt(addString(strtab, s.name())).put((byte) (s.bind() << 4 | s.type())).put((byte) 0)
                    .putShort((short) s.section()).putLong(s.value()).putLong(s.size());
        }
        all.add(new Section(".symtab", SHT_SYMTAB, 0, sb.array(), 8));
        int[] nameOff = new int[all.size() + 1];
        for (int i = 0; i < all.size(); i++) nameOff[i] = addString(strtab, all.get(i).name());
        nameOff[all.size()] = addString(strtab, ".strtab");
        all.add(new Section(".strtab", SHT_STRTAB, 0, strtab.toByteArray(), 1));

        // layout: header, section data, section header table
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[64]);
        long[] offsets = new long[all.size()];
        for (int i = 0; i < all.size(); i++) {
            Section s = all.get(i);
            while (body.size() % Math.max(1, s.align()) != 0) body.write(0);
            offsets[i] = body.size();
            body.writeBytes(s.data());
        }
        while (body.size() % 8 != 0) body.write(0);
        long shoff = body.size();
        ByteBuffer sh = ByteBuffer.allocate(64 * (all.size() + 1)).order(ByteOrder.LITTLE_ENDIAN);
        sh.put(new byte[64]);
        int relK = 0;
        for (int i = 0; i < all.size(); i++) {
            Section s = all.get(i);
            int link = 0, info = 0;
            long entsize = 0;
            if (s.type() == SHT_REL) { link = relLinkInfo.get(relK)[0]; info = relLinkInfo.get(relK)[1]; relK++; entsize = 16; }
            if (s.type() == SHT_SYMTAB) { link = strtabIndex; info = firstGlobal; entsize = 24; }
            sh.putInt(nameOff[i]).putInt(s.type()).putLong(s.flags()).putLong(0).putLong(offsets[i])
                    .putLong(s.data().length).putInt(link).putInt(info).putLong(Math.max(1, s.align())).putLong(entsize);
        }
        body.writeBytes(sh.array());
        byte[] out = body.toByteArray();
        ByteBuffer h = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        h.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
        h.position(16);
        h.putShort((short) 1).putShort((short) EM_BPF).putInt(1).putLong(0).putLong(0).putLong(shoff).putInt(0)
                .putShort((short) 64).putShort((short) 0).putShort((short) 0).putShort((short) 64)
                .putShort((short) (all.size() + 1)).putShort((short) strtabIndex);
        return out;
    }

    private static int addString(ByteArrayOutputStream t, String s) {
        int at = t.size();
        t.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        t.write(0);
        return at;
    }
}
