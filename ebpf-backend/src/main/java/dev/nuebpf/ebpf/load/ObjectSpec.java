package dev.nuebpf.ebpf.load;

import java.util.List;

/** Everything loadable in one object: maps, programs, license and the (fixed-up) BTF, if any. */
public record ObjectSpec(List<MapDef> maps, List<ProgDef> programs, String license, byte[] btf) {
    public MapDef map(String name) {
        for (MapDef m : maps) if (m.name().equals(name)) return m;
        return null;
    }

    public ProgDef program(String sectionOrName) {
        for (ProgDef p : programs) if (p.section().equals(sectionOrName) || p.name().equals(sectionOrName)) return p;
        return null;
    }
}
