package dev.nuebpf.ebpf.load;

import java.util.List;

/**
 * A program as the object declares it: its section (which says how it attaches), function name,
 * kernel program type, raw instructions, the map each {@code ld_imm64} at {@code mapRefs} must point at,
 * and its BTF.ext records (null when the object has none).
 */
public record ProgDef(String section, String name, int progType, byte[] insns, List<MapRef> mapRefs,
                      BtfExt.SectionInfo btfExt) {
    /** Instruction {@code insn} (an index) loads the fd of map {@code map}. */
    public record MapRef(int insn, String map) {}

    public int insnCount() { return insns.length / 8; }
}
