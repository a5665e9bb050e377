package dev.nuebpf.ebpf.helpers;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A probe context described by a record (the rows of {@code ebpf simulate --context}). Fields: {@code comm}
 * (default "simulated"), {@code pid} or {@code tgid} (process id, default 1), {@code tid} (default pid), {@code uid}
 * (default 0), {@code ktime} (ns; default: the previous record's + 1000), {@code args} (ints or strings; a string
 * argument becomes a pointer to that string for bpf-read-str / bpf-read-user-str), {@code retval}.
 */
public final class MockContext implements ProbeContext {
    /** Fake addresses for string arguments: far from anything a test would write as an int. */
    private static final long STRING_BASE = 0x7ff0_0000_0000L;

    private final String comm;
    private final long pid, tid, uid, ktime;
    private final Long[] args;
    private final Long retval;
    private final Map<Long, String> memory = new HashMap<>();

    private MockContext(String comm, long pid, long tid, long uid, long ktime, Long[] args, Long retval) {
        this.comm = comm;
        this.pid = pid;
        this.tid = tid;
        this.uid = uid;
        this.ktime = ktime;
        this.args = args;
        this.retval = retval;
    }

    /** Reads a context record; {@code previousKtime} makes the default clock advance 1µs per record. Throws IllegalArgumentException with a message on bad fields. */
    public static MockContext of(Record r, long previousKtime) {
        for (String k : r.keys())
            if (!List.of("comm", "pid", "tgid", "tid", "uid", "ktime", "args", "retval").contains(k))
                throw new IllegalArgumentException("unknown context field `" + k + "` (known: comm, pid, tgid, tid, uid, ktime, args, retval)");
        String comm = r.get("comm") instanceof Value.Str s ? s.value() : "simulated";
        if (r.get("comm") != null && !(r.get("comm") instanceof Value.Str)) throw new IllegalArgumentException("`comm` must be a string");
        long pid = num(r, "pid", num(r, "tgid", 1));
        long tid = num(r, "tid", pid);
        long uid = num(r, "uid", 0);
        long ktime = num(r, "ktime", previousKtime + 1000);
        Long retval = r.get("retval") == null ? null : num(r, "retval", 0);
        Long[] args = new Long[0];
        MockContext c;
        Value a = r.get("args");
        if (a != null && !(a instanceof Value.ListV)) throw new IllegalArgumentException("`args` must be a list of ints or strings");
        List<Value> items = a == null ? List.of() : ((Value.ListV) a).items();
        args = new Long[items.size()];
        c = new MockContext(comm, pid, tid, uid, ktime, args, retval);
        for (int i = 0; i < items.size(); i++) {
            Value v = items.get(i);
            if (v instanceof Value.Int n) args[i] = n.value();
            else if (v instanceof Value.Str s) {
                long addr = STRING_BASE + 0x1000L * i;
                args[i] = addr;
                c.memory.put(addr, s.value());
            } else throw new IllegalArgumentException("args." + i + " must be an int or a string, not " + v.typeName());
        }
        return c;
    }

    private static long num(Record r, String key, long dflt) {
        Value v = r.get(key);
        if (v == null) return dflt;
        if (v instanceof Value.Int i) return i.value();
        throw new IllegalArgumentException("`" + key + "` must be an int, not " + v.typeName());
    }

    @Override public long tgid() { return pid; }

    @Override public long pidTgid() { return pid << 32 | (tid & 0xffffffffL); }

    @Override public long uid() { return uid; }

    @Override public long ktime() { return ktime; }

    @Override public String comm() { return comm.length() > 15 ? comm.substring(0, 15) : comm; }

    @Override public Long arg(int n) { return n >= 0 && n < args.length ? args[n] : null; }

    @Override public Long retval() { return retval; }

    @Override public String readString(long address, boolean user, int max) {
        String s = memory.get(address);
        if (s == null) return null;
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return b.length < max ? s : new String(b, 0, max - 1, java.nio.charset.StandardCharsets.UTF_8);
    }
}
