package dev.nuebpf.ebpf.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** ELF object → {@link ObjectSpec}, without touching the kernel. */
public final class ObjectReader {
    private ObjectReader() {}

    static final int R_BPF_64_64 = 1, R_BPF_64_32 = 10;

    public static ObjectSpec read(byte[] bytes) {
        ElfObject elf = ElfObject.parse(bytes);
        if (!elf.isBpf()) throw new ObjectFormatException("not a BPF object (ELF machine " + elf.machine() + ", expected 247)");
        ElfObject.Section btfSec = elf.section(".BTF");
        Btf btf = btfSec == null ? null : Btf.parse(btfSec.data());
        ElfObject.Section extSec = elf.section(".BTF.ext");
        BtfExt ext = extSec == null || btfSec == null ? null : BtfExt.parse(extSec.data(), btfSec.data());

        ElfObject.Section mapsSec = elf.section(".maps");
        Map<Long, String> mapAtOffset = new HashMap<>();
        List<MapDef> maps = new ArrayList<>();
        if (mapsSec != null) {
            if (btf == null) throw new ObjectFormatException("the .maps section needs .BTF to describe it");
            for (ElfObject.Symbol s : elf.symbols())
                if (s.section() == mapsSec.index() && s.type() != ElfObject.STT_SECTION && !s.name().isEmpty())
                    mapAtOffset.put(s.value(), s.name());
            Btf.Type sec = btf.datasec(".maps");
            if (sec == null) throw new ObjectFormatException(".BTF has no DATASEC for .maps");
            for (Btf.Member v : sec.members()) maps.add(MapDefinitions.fromBtf(btf, v.type()));
        }

        List<ProgDef> progs = new ArrayList<>();
        for (ElfObject.Section s : elf.sections()) {
            if (s.type() != ElfObject.SHT_PROGBITS || (s.flags() & ElfObject.SHF_EXECINSTR) == 0 || s.data().length == 0) continue;
            int type = ProgramTypes.forSection(s.name());
            if (type < 0) {
                if (s.name().equals(".text")) continue;
                throw new ObjectFormatException("section '" + s.name() + "' is not a program type we can attach"
                        + " (expected kprobe/, kretprobe/, uprobe/, tracepoint/, raw_tracepoint/ ...)");
            }
            String name = s.name();
            for (ElfObject.Symbol sym : elf.symbols())
                if (sym.section() == s.index() && sym.type() == ElfObject.STT_FUNC && sym.value() == 0) name = sym.name();
            List<ProgDef.MapRef> refs = new ArrayList<>();
            for (ElfObject.Relocation r : elf.relocationsFor(s)) {
                if (r.type() == R_BPF_64_32)
                    throw new ObjectFormatException("program '" + name + "' calls function '" + r.symbol().name()
                            + "': BPF-to-BPF calls are not supported, make it `static __always_inline`");
                if (r.type() != R_BPF_64_64) throw new ObjectFormatException("unsupported relocation type " + r.type() + " in " + s.name());
                if (mapsSec == null || r.symbol().section() != mapsSec.index())
                    throw new ObjectFormatException("program '" + name + "' refers to '" + r.symbol().name()
                            + "', which is not a map in .maps (global data sections are not supported)");
                String map = r.symbol().type() == ElfObject.STT_SECTION ? mapAtOffset.get(r.symbol().value()) : r.symbol().name();
                refs.add(new ProgDef.MapRef((int) (r.offset() / 8), map));
            }
            progs.add(new ProgDef(s.name(), name, type, s.data(), refs, ext == null ? null : ext.forSection(s.name())));
        }
        if (progs.isEmpty()) throw new ObjectFormatException("the object contains no program section");

        ElfObject.Section lic = elf.section("license");
        String license = lic == null ? "GPL" : ElfObject.cstr(lic.data(), 0);
        byte[] fixed = btf == null ? null : btf.fixedUp(
                n -> { ElfObject.Section x = elf.section(n); return x == null ? -1 : x.data().length; },
                n -> {
                    for (ElfObject.Symbol sym : elf.symbols())
                        if (sym.name().equals(n) && sym.type() == ElfObject.STT_OBJECT) return sym.value();
                    return -1;
                });
        return new ObjectSpec(maps, progs, license, fixed);
    }
}
