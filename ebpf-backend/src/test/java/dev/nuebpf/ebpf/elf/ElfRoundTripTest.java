package dev.nuebpf.ebpf.elf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Objects written by ElfWriter read back with the same sections, symbols (locals first) and relocations. */
class ElfRoundTripTest {
    @Test void sectionsSymbolsAndRelocationsRoundTrip() {
        ElfWriter w = new ElfWriter();
        byte[] code = new byte[32];
        int prog = w.section("kprobe/ksys_read", ElfWriter.SHT_PROGBITS, ElfWriter.SHF_ALLOC | ElfWriter.SHF_EXECINSTR, code, 8);
        int maps = w.section(".maps", ElfWriter.SHT_PROGBITS, ElfWriter.SHF_ALLOC | ElfWriter.SHF_WRITE, new byte[24], 8);
        w.symbol("nu_probe", prog, 0, 32, ElfWriter.STB_GLOBAL, ElfWriter.STT_FUNC);
        w.symbol("helper_local", prog, 8, 0, ElfWriter.STB_LOCAL, ElfWriter.STT_NOTYPE);
        int m = w.symbol("events", maps, 0, 24, ElfWriter.STB_GLOBAL, ElfWriter.STT_OBJECT);
        w.rel(prog, 16, m, ElfWriter.R_BPF_64_64);
        ElfReader r = new ElfReader(w.write());

        assertEquals(ElfWriter.EM_BPF, r.machine);
        assertArrayEquals(code, r.section("kprobe/ksys_read").data());
        assertEquals(ElfWriter.SHF_ALLOC | ElfWriter.SHF_EXECINSTR, r.section("kprobe/ksys_read").flags());
        List<ElfReader.Symbol> syms = r.symbols();
        assertEquals("", syms.get(0).name());
        assertEquals("helper_local", syms.get(1).name(), "locals come first");
        assertEquals(ElfWriter.STB_LOCAL, syms.get(1).bind());
        ElfReader.Section symtab = r.section(".symtab");
        assertEquals(2, symtab.info(), "sh_info = index of the first global symbol");
        ElfReader.Section rel = r.section(".relkprobe/ksys_read");
        assertEquals(ElfWriter.SHT_REL, rel.type());
        assertEquals(prog, rel.info(), "applies to the program section");
        List<ElfReader.Rel> rels = r.rels(rel);
        assertEquals(1, rels.size());
        assertEquals(16, rels.get(0).offset());
        assertEquals(ElfWriter.R_BPF_64_64, rels.get(0).type());
        assertEquals("events", syms.get(rels.get(0).symbol()).name());
        assertEquals(maps, syms.get(rels.get(0).symbol()).section());
        ElfReader.Symbol f = syms.stream().filter(x -> x.name().equals("nu_probe")).findFirst().orElseThrow();
        assertEquals(ElfWriter.STT_FUNC, f.type());
        assertEquals(ElfWriter.STB_GLOBAL, f.bind());
        assertEquals(32, f.size());
    }
}
