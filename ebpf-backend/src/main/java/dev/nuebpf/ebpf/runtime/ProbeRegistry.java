package dev.nuebpf.ebpf.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The probes of one shell (an interpreter instance gets its own via {@code Engine.service}). All registries
 * are detached by one JVM shutdown hook, which runs on normal exit, on Ctrl-C (SIGINT) and on SIGTERM; a
 * SIGKILL'd shell leaves nothing either, because every kernel object is held only by the fds that die with it.
 */
public final class ProbeRegistry {
    private static final Set<ProbeRegistry> ALL = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private static volatile boolean hookInstalled;

    private final Map<Integer, Probe> probes = new TreeMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);

    public ProbeRegistry() {
        installHook();
        ALL.add(this);
    }

    private static synchronized void installHook() {
        if (hookInstalled) return;
        hookInstalled = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            List<ProbeRegistry> regs;
            synchronized (ALL) {
                regs = new ArrayList<>(ALL);
            }
            for (ProbeRegistry r : regs) r.detachAll();
        }, "nu-ebpf-detach"));
    }

    /** Maps shared by all probes of this shell, by role name (the timers of bpf-start-timer / bpf-stop-timer). */
    private final Map<String, dev.nuebpf.ebpf.maps.BpfMap> shared = new java.util.HashMap<>();

    public int reserveId() { return nextId.getAndIncrement(); }

    /** The shared map for {@code key}, created from {@code def} on first use; kept until the shell exits. */
    public synchronized dev.nuebpf.ebpf.maps.BpfMap sharedMap(String key, dev.nuebpf.ebpf.load.MapDef def) {
        dev.nuebpf.ebpf.maps.BpfMap m = shared.get(key);
        if (m == null || m.def().keySize() != def.keySize() || m.def().valueSize() != def.valueSize() || m.def().type() != def.type()) {
            if (m != null && !inUse(m)) m.close();
            m = dev.nuebpf.ebpf.maps.BpfMap.create(def, 0);
            shared.put(key, m);
        }
        return m;
    }

    /** Closes shared maps no attached probe uses any more (so attach/detach cycles leak no fds). */
    private synchronized void releaseUnusedShared() {
        shared.values().removeIf(m -> {
            if (inUse(m)) return false;
            m.close();
            return true;
        });
    }

    private boolean inUse(dev.nuebpf.ebpf.maps.BpfMap m) {
        for (Probe p : probes.values()) if (p.uses(m)) return true;
        return false;
    }

    public synchronized void add(Probe p) { probes.put(p.id(), p); }

    public synchronized Probe get(int id) { return probes.get(id); }

    public synchronized List<Probe> all() { return new ArrayList<>(probes.values()); }

    /** Detaches and forgets a probe; false if there is no such id. */
    public boolean detach(int id) {
        Probe p;
        synchronized (this) {
            p = probes.remove(id);
        }
        if (p == null) return false;
        p.close();
        releaseUnusedShared();
        return true;
    }

    public void detachAll() {
        List<Probe> ps;
        synchronized (this) {
            ps = new ArrayList<>(probes.values());
            probes.clear();
        }
        for (Probe p : ps) p.close();
        synchronized (this) {
            for (dev.nuebpf.ebpf.maps.BpfMap m : shared.values()) m.close();
            shared.clear();
        }
    }

    public synchronized List<Integer> ids() { return new ArrayList<>(probes.keySet()); }
}
