package dev.nuebpf.ebpf.load;

import dev.nuebpf.ebpf.maps.BpfMap;
import dev.nuebpf.ebpf.sys.Bpf;
import dev.nuebpf.ebpf.sys.Errno;
import dev.nuebpf.ebpf.sys.Fd;
import dev.nuebpf.ebpf.sys.Native;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Loads an {@link ObjectSpec}: BTF first (if the kernel refuses it we go on without, as libbpf does), then
 * maps, then each program with its map fds patched in. A program is loaded without a log first (fast); if it
 * is rejected, it is loaded again with the verifier log, growing the buffer while the kernel says ENOSPC.
 * On any failure everything created so far is closed.
 */
public final class Loader {
    private Loader() {}

    private static final int BPF_PSEUDO_MAP_FD = 1;
    private static final int MAX_LOG = 64 << 20;
    private static volatile boolean memlockTried;

    public static LoadedObject load(ObjectSpec spec) {
        return load(spec, java.util.Map.of());
    }

    /**
     * Loads with some maps lent by the caller instead of created ({@code shared}, by map name): two probes
     * that must see the same map (a start timer and its stop timer) are loaded against one map. A lent map
     * must have the same type, key and value sizes; it is not closed with the object.
     */
    public static LoadedObject load(ObjectSpec spec, java.util.Map<String, BpfMap> shared) {
        if (!memlockTried) {
            memlockTried = true;
            Native.tryRaiseMemlock();
        }
        LoadedObject obj = new LoadedObject(spec);
        try {
            Fd btf = null;
            if (spec.btf() != null) {
                try {
                    btf = Bpf.btfLoad(spec.btf());
                    obj.btf(btf);
                } catch (Bpf.BtfLoadException e) {
                    btf = null;
                }
            }
            for (MapDef d : spec.maps()) {
                BpfMap lent = shared.get(d.name());
                if (lent != null) {
                    MapDef l = lent.def();
                    if (l.type() != d.type() || l.keySize() != d.keySize() || l.valueSize() != d.valueSize())
                        throw new ObjectFormatException("map '" + d.name() + "' does not match the shared map of that name");
                    obj.add(lent, false);
                } else {
                    obj.add(BpfMap.create(d, btf == null ? 0 : btf.get()), true);
                }
            }
            for (ProgDef p : spec.programs()) obj.add(loadProgram(p, obj, btf));
            return obj;
        } catch (RuntimeException e) {
            obj.close();
            throw e;
        }
    }

    private static LoadedObject.Program loadProgram(ProgDef p, LoadedObject obj, Fd btf) {
        byte[] insns = p.insns().clone();
        ByteBuffer b = ByteBuffer.wrap(insns).order(ByteOrder.LITTLE_ENDIAN);
        for (ProgDef.MapRef r : p.mapRefs()) {
            BpfMap m = obj.map(r.map());
            if (m == null) throw new ObjectFormatException("program '" + p.name() + "' refers to unknown map '" + r.map() + "'");
            int at = r.insn() * 8;
            if ((insns[at] & 0xff) != 0x18) throw new ObjectFormatException("map reference at instruction " + r.insn() + " is not a 64-bit load");
            insns[at + 1] = (byte) ((insns[at + 1] & 0x0f) | (BPF_PSEUDO_MAP_FD << 4));
            b.putInt(at + 4, m.fd().get());
        }
        BtfExt.SectionInfo ext = btf == null ? null : p.btfExt();
        Bpf.ProgAttr attr = new Bpf.ProgAttr(p.progType(), insns, obj.spec().license(), p.name(), 0,
                btf == null ? 0 : btf.get(),
                ext == null ? null : ext.funcInfo(), ext == null ? 0 : ext.funcRecSize(),
                ext == null ? null : ext.lineInfo(), ext == null ? 0 : ext.lineRecSize());
        Bpf.ProgLoadResult r = Bpf.progLoad(attr, 0, 0);
        if (r.fd() == null && ext != null && ext.funcInfo() != null && r.errno() == Errno.EINVAL) {
            // a kernel that dislikes our func/line info still deserves a try without it
            Bpf.ProgAttr plain = new Bpf.ProgAttr(attr.type(), insns, attr.license(), attr.name(), 0, 0, null, 0, null, 0);
            Bpf.ProgLoadResult r2 = Bpf.progLoad(plain, 0, 0);
            if (r2.fd() != null) r = r2;
        }
        if (r.fd() == null) {
            String log = "";
            for (int size = 1 << 18; size <= MAX_LOG; size <<= 2) {
                Bpf.ProgLoadResult withLog = Bpf.progLoad(attr, 1, size);
                if (withLog.fd() != null) {
                    r = withLog;
                    break;
                }
                log = withLog.log();
                if (withLog.errno() != Errno.ENOSPC) {
                    r = withLog;
                    break;
                }
            }
            if (r.fd() == null) {
                if (r.errno() == Errno.EPERM && log.isBlank())
                    throw new VerifierException(p.name(), r.errno(), "permission denied with no verifier log: run as root"
                            + " (or with CAP_BPF and CAP_PERFMON); kernel lockdown can also forbid this program type", -1, null);
                int insn = VerifierException.lastInsn(log);
                throw new VerifierException(p.name(), r.errno(), log, insn,
                        VerifierException.lineFor(ext == null ? null : ext.lines(), insn));
            }
        }
        int id;
        try {
            id = Bpf.objectId(r.fd(), true);
        } catch (RuntimeException e) {
            id = 0;
        }
        return new LoadedObject.Program(p, r.fd(), id);
    }
}
