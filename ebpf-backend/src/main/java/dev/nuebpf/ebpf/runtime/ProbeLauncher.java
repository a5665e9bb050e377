package dev.nuebpf.ebpf.runtime;

import dev.nuebpf.ebpf.compile.CompiledProbe;
import dev.nuebpf.ebpf.compile.EventSchema;
import dev.nuebpf.ebpf.compile.MapRole;
import dev.nuebpf.ebpf.compile.MapSpec;
import dev.nuebpf.ebpf.compile.MapType;
import dev.nuebpf.ebpf.link.AttachPlan;
import dev.nuebpf.ebpf.link.Attacher;
import dev.nuebpf.ebpf.link.Link;
import dev.nuebpf.ebpf.load.LoadedObject;
import dev.nuebpf.ebpf.load.Loader;
import dev.nuebpf.ebpf.load.ObjectReader;
import dev.nuebpf.ebpf.load.ObjectSpec;
import dev.nuebpf.ebpf.maps.BpfMap;
import dev.nuebpf.ebpf.read.EventPump;
import dev.nuebpf.ebpf.read.EventQueue;
import dev.nuebpf.ebpf.read.PerfBufReader;
import dev.nuebpf.ebpf.read.RecordSource;
import dev.nuebpf.ebpf.read.RingBufReader;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.List;

/**
 * Turns a compiled probe into a live one: load the object exactly as {@code --dry-run} would write it, start
 * the event reader (before attaching, so no event is missed), attach as planned, register. Any failure on the
 * way releases what was created.
 */
public final class ProbeLauncher {
    private ProbeLauncher() {}

    /**
     * Decoded events buffered per probe. Beyond it the backlog waits in the kernel's buffer (undecoded, off our
     * heap) and what the kernel cannot hold it drops and counts. A million decoded events made the garbage
     * collector the main cost of a probe whose events nobody was reading yet; 8192 hands over as fast as 65536
     * (bench: same events/s) and decodes less ahead of a reader that wants one event.
     */
    public static final int QUEUE_CAPACITY = 1 << 13;
    private static final int PERF_PAGES_PER_CPU = 64;

    public static Probe launch(ProbeRegistry registry, AttachPlan plan, CompiledProbe compiled) {
        ObjectSpec spec = ObjectReader.read(compiled.elf());
        java.util.Map<String, BpfMap> lent = new java.util.HashMap<>();
        MapSpec timers = compiled.map(MapRole.TIMERS);
        if (timers != null && spec.map(timers.name()) != null)
            lent.put(timers.name(), registry.sharedMap("timers", spec.map(timers.name())));
        LoadedObject obj = Loader.load(spec, lent);
        EventPump<Record> pump = null;
        try {
            int id = registry.reserveId();
            MapSpec ev = compiled.map(MapRole.EVENTS);
            if (ev != null) {
                BpfMap m = obj.map(ev.name());
                RecordSource src = ev.type() == MapType.RINGBUF ? new RingBufReader(m) : new PerfBufReader(m, PERF_PAGES_PER_CPU);
                EventSchema schema = compiled.events();
                pump = new EventPump<>("nu-ebpf-events-" + id, src, raw -> decode(schema, raw), new EventQueue<>(QUEUE_CAPACITY));
            }
            List<Link> links = Attacher.attach(plan, obj.program().fd());
            Probe p = new Probe(id, plan.spec().text(), describe(plan, links), compiled, obj, links, pump);
            registry.add(p);
            return p;
        } catch (RuntimeException e) {
            if (pump != null) pump.close();
            obj.close();
            throw e;
        }
    }

    private static String describe(AttachPlan plan, List<Link> links) {
        return String.join(" + ", links.stream().map(Link::describe).toList());
    }

    /** An event as the user reads it; a record too short for the schema is shown raw rather than dropped. */
    static Record decode(EventSchema schema, byte[] raw) {
        if (schema == null || raw.length < schema.size()) return Record.of("raw", new Value.Binary(raw));
        return schema.decode(raw);
    }
}
