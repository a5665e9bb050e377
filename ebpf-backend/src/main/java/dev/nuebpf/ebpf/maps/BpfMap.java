package dev.nuebpf.ebpf.maps;

import com.sun.jna.Memory;
import dev.nuebpf.ebpf.load.MapDef;
import dev.nuebpf.ebpf.sys.Bpf;
import dev.nuebpf.ebpf.sys.Fd;
import java.util.ArrayList;
import java.util.List;

/**
 * A created map. Values of per-CPU maps come back as one slot per possible CPU
 * ({@link #lookupPerCpu}); {@link #lookup} on them returns the first CPU's slot only.
 */
public final class BpfMap implements AutoCloseable {
    private final MapDef def;
    private final Fd fd;

    public BpfMap(MapDef def, Fd fd) {
        this.def = def;
        this.fd = fd;
    }

    public static BpfMap create(MapDef d, int btfFd) {
        boolean typed = btfFd > 0 && d.btfKeyTypeId() > 0 && d.btfValueTypeId() > 0
                && d.type() != Bpf.MAP_RINGBUF && d.type() != Bpf.MAP_PERF_EVENT_ARRAY;
        int max = d.maxEntries();
        if (d.type() == Bpf.MAP_PERF_EVENT_ARRAY && max == 0) max = Cpus.possible();
        return new BpfMap(d, Bpf.mapCreate(new Bpf.MapAttr(d.type(), d.keySize(), d.valueSize(), max, d.flags(),
                d.name(), typed ? btfFd : 0, d.btfKeyTypeId(), d.btfValueTypeId())));
    }

    public MapDef def() { return def; }

    public Fd fd() { return fd; }

    public String name() { return def.name(); }

    public boolean isPerCpu() {
        int t = def.type();
        return t == Bpf.MAP_PERCPU_HASH || t == Bpf.MAP_PERCPU_ARRAY || t == Bpf.MAP_LRU_PERCPU_HASH;
    }

    private int valueBytes() {
        return isPerCpu() ? ((def.valueSize() + 7) & ~7) * Cpus.possible() : def.valueSize();
    }

    /** The value for a key, or null if absent. */
    public byte[] lookup(byte[] key) {
        byte[] all = lookupRaw(key);
        return all == null || !isPerCpu() ? all : java.util.Arrays.copyOf(all, def.valueSize());
    }

    /** Per-CPU slots of a per-CPU map (a one-element list otherwise), or null if absent. */
    public List<byte[]> lookupPerCpu(byte[] key) {
        byte[] all = lookupRaw(key);
        if (all == null) return null;
        if (!isPerCpu()) return List.of(all);
        int stride = (def.valueSize() + 7) & ~7;
        List<byte[]> out = new ArrayList<>();
        for (int c = 0; c < Cpus.possible(); c++) out.add(java.util.Arrays.copyOfRange(all, c * stride, c * stride + def.valueSize()));
        return out;
    }

    private byte[] lookupRaw(byte[] key) {
        Memory k = mem(key);
        Memory v = new Memory(Math.max(1, valueBytes()));
        if (!Bpf.mapLookup(fd, k, v)) return null;
        return v.getByteArray(0, valueBytes());
    }

    public void update(byte[] key, byte[] value) {
        Bpf.mapUpdate(fd, mem(key), mem(value), 0);
    }

    public boolean delete(byte[] key) {
        return Bpf.mapDelete(fd, mem(key));
    }

    /** All keys at the time of the call (a concurrent writer may add or remove some meanwhile). */
    public List<byte[]> keys() {
        List<byte[]> out = new ArrayList<>();
        Memory cur = null;
        Memory next = new Memory(Math.max(1, def.keySize()));
        int guard = Math.max(def.maxEntries(), 1) * 2 + 16;
        while (guard-- > 0 && Bpf.mapNextKey(fd, cur, next)) {
            byte[] k = next.getByteArray(0, def.keySize());
            out.add(k);
            cur = mem(k);
        }
        return out;
    }

    private static Memory mem(byte[] b) {
        Memory m = new Memory(Math.max(1, b.length));
        m.write(0, b, 0, b.length);
        return m;
    }

    @Override public void close() { fd.close(); }
}
