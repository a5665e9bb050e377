package dev.nuebpf.ebpf.runtime;

import dev.nuebpf.ebpf.compile.CompiledProbe;
import dev.nuebpf.ebpf.compile.CounterKeyKind;
import dev.nuebpf.ebpf.compile.MapRole;
import dev.nuebpf.ebpf.compile.MapSpec;
import dev.nuebpf.ebpf.helpers.Log2Histogram;
import dev.nuebpf.ebpf.link.Link;
import dev.nuebpf.ebpf.load.LoadedObject;
import dev.nuebpf.ebpf.maps.BpfMap;
import dev.nuebpf.ebpf.read.EventPump;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * One attached probe: what it was asked to be ({@code spec}), how it is attached ({@code how}), the kernel objects,
 * and its reader. Reading methods turn map contents into values with the types the compiler recorded.
 */
public final class Probe implements AutoCloseable {
    /** One counter row: the key as the user reads it, and the count. */
    public record Counter(Value key, long count) {}

    private final int id;
    private final String spec;
    private final String how;
    private final CompiledProbe compiled;
    private final LoadedObject object;
    private final List<Link> links;
    private final EventPump<Record> events;
    private long lostReported;
    private boolean failureReported;
    private long fullReported;
    private boolean closed;

    public Probe(int id, String spec, String how, CompiledProbe compiled, LoadedObject object, List<Link> links,
                 EventPump<Record> events) {
        this.id = id;
        this.spec = spec;
        this.how = how;
        this.compiled = compiled;
        this.object = object;
        this.links = List.copyOf(links);
        this.events = events;
    }

    public int id() { return id; }
    public String spec() { return spec; }
    public String how() { return how; }
    public CompiledProbe compiled() { return compiled; }
    public int programId() { return object.program().id(); }
    public EventPump<Record> events() { return events; }

    public long eventsReceived() { return events == null ? 0 : events.queue().received(); }

    /** Lost in the reader's queue or perf buffer, plus writes the kernel's ring buffer refused (counted in-kernel). */
    public long eventsLost() { return (events == null ? 0 : events.queue().lost()) + kernelDrops(); }

    private long kernelDrops() {
        BpfMap m = map(MapRole.DROPS);
        if (m == null) return 0;
        List<byte[]> vals = m.lookupPerCpu(new byte[4]);
        return vals == null ? 0 : sum(vals);
    }

    /** Times the kernel ring buffer was found full since the last call (events may have been dropped in the kernel). */
    public synchronized long newlyFull() {
        if (map(MapRole.DROPS) != null) return 0;  // the program counts refused writes: losses are exact
        long f = events == null ? 0 : events.kernelBufferFull(), n = f - fullReported;
        fullReported = f;
        return n;
    }

    /** Why the background reader stopped, reported once; null while it runs. */
    public synchronized Throwable readerFailure() {
        Throwable f = events == null ? null : events.failure();
        if (f == null || failureReported) return null;
        failureReported = true;
        return f;
    }

    /** Events lost since the last call (so each loss is reported once). */
    public synchronized long newlyLost() {
        long l = eventsLost(), n = l - lostReported;
        lostReported = l;
        return n;
    }

    /**
     * Everything that arrived since the last call: the queue, then what waits in the kernel buffer (the reader
     * takes only what the queue holds, so this empties the queue and pulls again until the kernel buffer is
     * empty; bounded, for a probe that emits faster than this loop takes).
     */
    public List<Record> drainEvents() {
        if (events == null) return List.of();
        List<Record> out = new java.util.ArrayList<>();
        for (int round = 0; round < 1024; round++) {
            events.flush();
            List<Record> got = events.queue().drain();
            out.addAll(got);
            if (got.size() < events.queue().capacity()) break;  // the kernel buffer had less than a queueful: empty
        }
        return out;
    }

    private BpfMap map(MapRole role) {
        MapSpec s = compiled == null ? null : compiled.map(role);
        return s == null ? null : object.map(s.name());
    }

    /** True if this probe's object uses the map (lent shared maps included). */
    public boolean uses(BpfMap m) { return object.maps().containsValue(m); }

    public boolean hasCounters() { return map(MapRole.COUNTERS) != null; }

    public boolean hasHistogram() { return map(MapRole.HISTOGRAM) != null; }

    /** Counter rows in map order; per-CPU slots are summed. */
    public List<Counter> counters() {
        BpfMap m = map(MapRole.COUNTERS);
        List<Counter> out = new ArrayList<>();
        if (m == null) return out;
        CounterKeyKind kind = compiled.counterKey() == null ? CounterKeyKind.INT : compiled.counterKey();
        for (byte[] k : m.keys()) {
            List<byte[]> vals = m.lookupPerCpu(k);
            if (vals == null) continue;
            out.add(new Counter(kind.decode(k), sum(vals)));
        }
        return out;
    }

    /** The 64 log2 bucket counts; per-CPU slots are summed. */
    public long[] histogram() {
        BpfMap m = map(MapRole.HISTOGRAM);
        long[] out = new long[Log2Histogram.BUCKETS];
        if (m == null) return out;
        int n = Math.min(out.length, Math.max(m.def().maxEntries(), 0));
        for (int b = 0; b < n; b++) {
            byte[] key = m.def().keySize() == 8 ? le64(b) : ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(b).array();
            List<byte[]> vals = m.lookupPerCpu(key);
            if (vals != null) out[b] = sum(vals);
        }
        return out;
    }

    private static byte[] le64(long v) { return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array(); }

    private static long sum(List<byte[]> slots) {
        long s = 0;
        for (byte[] v : slots) s += v.length >= 8 ? ByteBuffer.wrap(v).order(ByteOrder.LITTLE_ENDIAN).getLong() : v.length >= 4
                ? Integer.toUnsignedLong(ByteBuffer.wrap(v).order(ByteOrder.LITTLE_ENDIAN).getInt()) : 0;
        return s;
    }

    public synchronized boolean isClosed() { return closed; }

    /** Detaches: links first (no new events), then the reader, then maps and program. */
    @Override public synchronized void close() {
        if (closed) return;
        closed = true;
        for (Link l : links) {
            try {
                l.close();
            } catch (RuntimeException ignored) {
                // keep releasing the rest
            }
        }
        if (events != null) events.close();
        object.close();
    }
}
