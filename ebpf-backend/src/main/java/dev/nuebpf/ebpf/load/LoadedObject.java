package dev.nuebpf.ebpf.load;

import dev.nuebpf.ebpf.maps.BpfMap;
import dev.nuebpf.ebpf.sys.Fd;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The kernel objects made from one {@link ObjectSpec}: maps, programs and the BTF. Closing releases them all. */
public final class LoadedObject implements AutoCloseable {
    /** A loaded program: its definition, fd and kernel-wide id. */
    public record Program(ProgDef def, Fd fd, int id) {}

    private final ObjectSpec spec;
    private final Map<String, BpfMap> maps = new LinkedHashMap<>();
    /** Maps this object created (and closes); the others were lent by the caller. */
    private final java.util.Set<BpfMap> owned = new java.util.HashSet<>();
    private final Map<String, Program> programs = new LinkedHashMap<>();
    private Fd btf;

    LoadedObject(ObjectSpec spec) { this.spec = spec; }

    void btf(Fd fd) { btf = fd; }
    void add(BpfMap m, boolean own) {
        maps.put(m.name(), m);
        if (own) owned.add(m);
    }
    void add(Program p) { programs.put(p.def().section(), p); }

    public ObjectSpec spec() { return spec; }
    public Map<String, BpfMap> maps() { return maps; }
    public BpfMap map(String name) { return maps.get(name); }
    public List<Program> programs() { return new ArrayList<>(programs.values()); }
    /** The only program, or the first: probes we compile have one. */
    public Program program() { return programs.values().iterator().next(); }

    @Override public void close() {
        for (Program p : programs.values()) p.fd().close();
        for (BpfMap m : owned) m.close();
        if (btf != null) btf.close();
    }
}
