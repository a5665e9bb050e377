package dev.nuebpf.ebpf.sys;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;

/**
 * The bpf(2) commands the runtime uses. Each builds its {@code union bpf_attr} member in zeroed native
 * memory at the offsets of include/uapi/linux/bpf.h and passes its address as a long.
 */
public final class Bpf {
    private Bpf() {}

    static final int MAP_CREATE = 0, MAP_LOOKUP_ELEM = 1, MAP_UPDATE_ELEM = 2, MAP_DELETE_ELEM = 3,
            MAP_GET_NEXT_KEY = 4, PROG_LOAD = 5, OBJ_GET_INFO_BY_FD = 15, RAW_TRACEPOINT_OPEN = 17, BTF_LOAD = 18;

    /** Large enough for every attr member we fill; the kernel checks that the tail it does not know is zero. */
    private static final int ATTR_SIZE = 160;

    public static final int MAP_HASH = 1, MAP_ARRAY = 2, MAP_PERF_EVENT_ARRAY = 4, MAP_PERCPU_HASH = 5,
            MAP_PERCPU_ARRAY = 6, MAP_LRU_HASH = 9, MAP_LRU_PERCPU_HASH = 10, MAP_RINGBUF = 27;

    public static final int PROG_KPROBE = 2, PROG_TRACEPOINT = 5, PROG_PERF_EVENT = 7, PROG_RAW_TRACEPOINT = 17;

    private static Memory attr() {
        Memory m = new Memory(ATTR_SIZE);
        m.clear();
        return m;
    }

    static long addr(Pointer p) { return p == null ? 0 : Pointer.nativeValue(p); }

    private static long call(String op, int cmd, Memory attr) {
        return Native.syscall(op, Native.SYS_BPF, cmd, addr(attr), ATTR_SIZE, 0, 0);
    }

    /** Map creation parameters; {@code btfFd} 0 means "no BTF" (key/value type ids then ignored). */
    public record MapAttr(int type, int keySize, int valueSize, int maxEntries, int flags, String name,
                          int btfFd, int btfKeyTypeId, int btfValueTypeId) {}

    public static Fd mapCreate(MapAttr a) {
        Memory m = attr();
        m.setInt(0, a.type());
        m.setInt(4, a.keySize());
        m.setInt(8, a.valueSize());
        m.setInt(12, a.maxEntries());
        m.setInt(16, a.flags());
        putName(m, 28, a.name());
        if (a.btfFd() > 0) {
            m.setInt(48, a.btfFd());
            m.setInt(52, a.btfKeyTypeId());
            m.setInt(56, a.btfValueTypeId());
        }
        return new Fd((int) call("BPF_MAP_CREATE " + a.name(), MAP_CREATE, m));
    }

    /** Looks a key up; false if absent (ENOENT). */
    public static boolean mapLookup(Fd map, Memory key, Memory value) {
        return elemOp("BPF_MAP_LOOKUP_ELEM", MAP_LOOKUP_ELEM, map, key, value, 0);
    }

    public static void mapUpdate(Fd map, Memory key, Memory value, long flags) {
        elemOp("BPF_MAP_UPDATE_ELEM", MAP_UPDATE_ELEM, map, key, value, flags);
    }

    /** Deletes a key; false if it was absent. */
    public static boolean mapDelete(Fd map, Memory key) {
        return elemOp("BPF_MAP_DELETE_ELEM", MAP_DELETE_ELEM, map, key, null, 0);
    }

    /** Writes the key after {@code key} (or the first key when {@code key} is null); false at the end. */
    public static boolean mapNextKey(Fd map, Memory key, Memory next) {
        return elemOp("BPF_MAP_GET_NEXT_KEY", MAP_GET_NEXT_KEY, map, key, next, 0);
    }

    private static boolean elemOp(String op, int cmd, Fd map, Memory key, Memory value, long flags) {
        Memory m = attr();
        m.setInt(0, map.get());
        m.setLong(8, addr(key));
        m.setLong(16, addr(value));
        m.setLong(24, flags);
        try {
            call(op, cmd, m);
            return true;
        } catch (SysException e) {
            if (e.errno() == Errno.ENOENT) return false;
            throw e;
        }
    }

    /** Parameters of BPF_PROG_LOAD; null arrays are left out. */
    public record ProgAttr(int type, byte[] insns, String license, String name, int expectedAttachType,
                           int btfFd, byte[] funcInfo, int funcInfoRecSize, byte[] lineInfo, int lineInfoRecSize) {}

    /** Outcome of a load: the fd on success, else errno; the verifier's log either way (when requested). */
    public record ProgLoadResult(Fd fd, int errno, String log) {}

    /**
     * Loads a program. With {@code logSize} > 0 the verifier log is captured (level 1 on failure retries,
     * as the caller decides).
     */
    public static ProgLoadResult progLoad(ProgAttr a, int logLevel, int logSize) {
        Memory m = attr();
        Memory insns = copy(a.insns());
        Memory lic = cString(a.license());
        Memory log = logSize > 0 ? new Memory(logSize) : null;
        if (log != null) log.setByte(0, (byte) 0);
        Memory fi = a.funcInfo() != null && a.funcInfo().length > 0 ? copy(a.funcInfo()) : null;
        Memory li = a.lineInfo() != null && a.lineInfo().length > 0 ? copy(a.lineInfo()) : null;
        m.setInt(0, a.type());
        m.setInt(4, a.insns().length / 8);
        m.setLong(8, addr(insns));
        m.setLong(16, addr(lic));
        if (log != null) {
            m.setInt(24, logLevel);
            m.setInt(28, logSize);
            m.setLong(32, addr(log));
        }
        putName(m, 48, a.name());
        m.setInt(68, a.expectedAttachType());
        if (a.btfFd() > 0) {
            m.setInt(72, a.btfFd());
            if (fi != null) {
                m.setInt(76, a.funcInfoRecSize());
                m.setLong(80, addr(fi));
                m.setInt(88, a.funcInfo().length / a.funcInfoRecSize());
            }
            if (li != null) {
                m.setInt(92, a.lineInfoRecSize());
                m.setLong(96, addr(li));
                m.setInt(104, a.lineInfo().length / a.lineInfoRecSize());
            }
        }
        try {
            int fd = (int) call("BPF_PROG_LOAD", PROG_LOAD, m);
            return new ProgLoadResult(new Fd(fd), 0, log == null ? "" : log.getString(0));
        } catch (SysException e) {
            return new ProgLoadResult(null, e.errno(), log == null ? "" : log.getString(0));
        } finally {
            keep(insns, lic, log, fi, li);
        }
    }

    /** Loads raw BTF; returns the fd, or throws with the kernel's BTF log in the message. */
    public static Fd btfLoad(byte[] btf) {
        Memory data = copy(btf);
        int logSize = 1 << 16;
        Memory log = new Memory(logSize);
        log.setByte(0, (byte) 0);
        Memory m = attr();
        m.setLong(0, addr(data));
        m.setLong(8, addr(log));
        m.setInt(16, btf.length);
        m.setInt(20, logSize);
        m.setInt(24, 1);
        try {
            return new Fd((int) call("BPF_BTF_LOAD", BTF_LOAD, m));
        } catch (SysException e) {
            throw new BtfLoadException(e, log.getString(0));
        } finally {
            keep(data, log);
        }
    }

    /** The BTF the kernel rejected, with its log. */
    public static final class BtfLoadException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SysException cause;
        private final String log;

        BtfLoadException(SysException cause, String log) {
            super(cause.getMessage() + (log.isBlank() ? "" : ": " + log.strip()));
            this.cause = cause;
            this.log = log;
        }

        public int errno() { return cause.errno(); }
        public String log() { return log; }
    }

    /** Attaches a raw-tracepoint program; the returned fd is the link (closing it detaches). */
    public static Fd rawTracepointOpen(String name, Fd prog) {
        Memory n = cString(name);
        Memory m = attr();
        m.setLong(0, addr(n));
        m.setInt(8, prog.get());
        try {
            return new Fd((int) call("BPF_RAW_TRACEPOINT_OPEN " + name, RAW_TRACEPOINT_OPEN, m));
        } finally {
            keep(n);
        }
    }

    /** The kernel-wide id of a program or map (first u32 after the type in bpf_prog_info / bpf_map_info). */
    public static int objectId(Fd obj, boolean isProg) {
        Memory info = new Memory(256);
        info.clear();
        Memory m = attr();
        m.setInt(0, obj.get());
        m.setInt(4, 256);
        m.setLong(8, addr(info));
        call("BPF_OBJ_GET_INFO_BY_FD", OBJ_GET_INFO_BY_FD, m);
        // bpf_prog_info: type @0, id @4; bpf_map_info: type @0, id @4
        return info.getInt(4);
    }

    static Memory copy(byte[] b) {
        Memory m = new Memory(Math.max(1, b.length));
        m.write(0, b, 0, b.length);
        return m;
    }

    static Memory cString(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        Memory m = new Memory(b.length + 1);
        m.write(0, b, 0, b.length);
        m.setByte(b.length, (byte) 0);
        return m;
    }

    /** Object names are at most 15 chars of [A-Za-z0-9_.]; anything else makes the kernel say EINVAL. */
    private static void putName(Memory m, int off, String name) {
        if (name == null) return;
        StringBuilder sb = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (sb.length() == 15) break;
            sb.append(Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '.' ? c : '_');
        }
        byte[] b = sb.toString().getBytes(StandardCharsets.US_ASCII);
        m.write(off, b, 0, b.length);
    }

    /** Keeps native buffers reachable until the syscall that reads them has returned. */
    private static void keep(Object... buffers) {
        java.lang.ref.Reference.reachabilityFence(buffers);
    }
}
