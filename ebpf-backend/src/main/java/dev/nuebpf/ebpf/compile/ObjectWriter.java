package dev.nuebpf.ebpf.compile;

import dev.nuebpf.ebpf.asm.Assembler;
import dev.nuebpf.ebpf.btf.Btf;
import dev.nuebpf.ebpf.btf.BtfExt;
import dev.nuebpf.ebpf.btf.BtfType;
import dev.nuebpf.ebpf.elf.ElfWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The last pass: an assembled program plus its maps become an ELF object as libbpf expects it. Maps are
 * libbpf-style BTF definitions in {@code .maps}: one anonymous struct per map whose members are pointers to
 * {@code int[N]} arrays, N carrying the value ({@code __uint(type, ...)} in C). Line info maps instructions back
 * to closure source lines.
 */
final class ObjectWriter {
    private ObjectWriter() {}

    static byte[] write(String sectionName, String programName, Assembler.Program program, List<MapSpec> maps,
                        List<LineInfo> lines, String sourceName) {
        Btf btf = new Btf();
        int intT = btf.addInt("int", 4, true);
        int sizeT = btf.addInt("__ARRAY_SIZE_TYPE__", 4, false);
        int voidPtr = btf.addPtr(0);
        int proto = btf.addFuncProto(intT, List.of(new BtfType.Member("ctx", voidPtr, 0, 0)));
        int func = btf.addFunc(programName, proto, Btf.LINKAGE_GLOBAL);

        List<BtfType.Member> secVars = new ArrayList<>();
        int mapsOff = 0;
        int[] mapOffsets = new int[maps.size()];
        int[] mapSizes = new int[maps.size()];
        for (int i = 0; i < maps.size(); i++) {
            MapSpec m = maps.get(i);
            List<BtfType.Member> members = new ArrayList<>();
            members.add(uintMember(btf, "type", m.type().id, intT, sizeT, members.size()));
            if (m.type() != MapType.RINGBUF && m.type() != MapType.PERF_EVENT_ARRAY || m.maxEntries() > 0)
                members.add(uintMember(btf, "max_entries", m.maxEntries(), intT, sizeT, members.size()));
            if (m.type() != MapType.RINGBUF) {
                members.add(uintMember(btf, "key_size", m.keySize(), intT, sizeT, members.size()));
                members.add(uintMember(btf, "value_size", m.valueSize(), intT, sizeT, members.size()));
            }
            int size = 8 * members.size();
            int st = btf.addStruct(null, size, members);
            int var = btf.addVar(m.name(), st, Btf.VAR_GLOBAL_ALLOCATED);
            secVars.add(new BtfType.Member(null, var, mapsOff, size));
            mapOffsets[i] = mapsOff;
            mapSizes[i] = size;
            mapsOff += size;
        }
        if (!maps.isEmpty()) btf.addDatasec(".maps", mapsOff, secVars);

        List<BtfExt.Line> extLines = new ArrayList<>();
        int fileOff = btf.string(sourceName == null ? "closure.nu" : sourceName);
        for (LineInfo l : lines) {
            String text = lineText(l);
            extLines.add(new BtfExt.Line(l.insn() * 8, fileOff, btf.string(text), l.line(), l.column()));
        }
        int secNameOff = btf.string(sectionName);
        byte[] ext = BtfExt.build(secNameOff, func, extLines);

        ElfWriter w = new ElfWriter();
        int prog = w.section(sectionName, ElfWriter.SHT_PROGBITS, ElfWriter.SHF_ALLOC | ElfWriter.SHF_EXECINSTR, program.code(), 8);
        int lic = w.section("license", ElfWriter.SHT_PROGBITS, ElfWriter.SHF_ALLOC | ElfWriter.SHF_WRITE, "GPL\0".getBytes(), 1);
        int mapsSec = maps.isEmpty() ? 0 : w.section(".maps", ElfWriter.SHT_PROGBITS, ElfWriter.SHF_ALLOC | ElfWriter.SHF_WRITE, new byte[mapsOff], 8);
        w.section(".BTF", ElfWriter.SHT_PROGBITS, 0, btf.bytes(), 4);
        w.section(".BTF.ext", ElfWriter.SHT_PROGBITS, 0, ext, 4);
        w.symbol(programName, prog, 0, program.code().length, ElfWriter.STB_GLOBAL, ElfWriter.STT_FUNC);
        w.symbol("_license", lic, 0, 4, ElfWriter.STB_GLOBAL, ElfWriter.STT_OBJECT);
        int[] mapSym = new int[maps.size()];
        for (int i = 0; i < maps.size(); i++)
            mapSym[i] = w.symbol(maps.get(i).name(), mapsSec, mapOffsets[i], mapSizes[i], ElfWriter.STB_GLOBAL, ElfWriter.STT_OBJECT);
        for (Assembler.Reloc r : program.relocs()) {
            int k = indexOf(maps, r.symbol());
            if (k < 0) throw new IllegalStateException("relocation against unknown map " + r.symbol());
            w.rel(prog, r.slot() * 8L, mapSym[k], ElfWriter.R_BPF_64_64);
        }
        return w.write();
    }

    private static BtfType.Member uintMember(Btf btf, String name, int value, int intT, int sizeT, int index) {
        int arr = btf.addArray(intT, sizeT, value);
        return new BtfType.Member(name, btf.addPtr(arr), index * 64, 0);
    }

    private static int indexOf(List<MapSpec> maps, String name) {
        for (int i = 0; i < maps.size(); i++) if (maps.get(i).name().equals(name)) return i;
        return -1;
    }

    /** The closure's source line containing the span start, trimmed (what a verifier error will show). */
    private static String lineText(LineInfo l) {
        if (l.span() == null) return "";
        String t = l.span().source().text();
        int s = Math.min(l.span().start(), t.length());
        int a = t.lastIndexOf('\n', s - 1) + 1;
        int b = t.indexOf('\n', s);
        return t.substring(a, b < 0 ? t.length() : b).strip();
    }
}
