package dev.nuebpf.ebpf.simulate;

import dev.nuebpf.command.Engine;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.compile.CounterKeyKind;
import dev.nuebpf.ebpf.compile.EventSchema;
import dev.nuebpf.ebpf.compile.FieldKind;
import dev.nuebpf.ebpf.helpers.LiveContext;
import dev.nuebpf.ebpf.helpers.Log2Histogram;
import dev.nuebpf.ebpf.helpers.ProbeContext;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The interpreter's stand-in for a probe's maps: events, counters, the log2 histogram and timers, per interpreter
 * ({@code Engine.service(ProbeState.class, ProbeState::new)}). A plain script uses the base session (live process
 * context); {@code ebpf simulate} pushes a session with a mock context and its own storage.
 */
public final class ProbeState {
    /** Diagnostic code of the signal a filter (or a stop-timer without start) uses to end the closure early. */
    public static final String FILTERED = "nu::ebpf::filtered";

    private final Deque<Session> sessions = new ArrayDeque<>();

    public ProbeState() {
        sessions.push(new Session(new LiveContext()));
    }

    public static ProbeState of(Engine engine) { return engine.service(ProbeState.class, ProbeState::new); }

    public Session current() { return sessions.peek(); }

    public Session push(ProbeContext context) {
        Session s = new Session(context);
        sessions.push(s);
        return s;
    }

    public void pop(Session s) {
        if (sessions.peek() == s && sessions.size() > 1) sessions.pop();
    }

    /** Ends the running probe closure early (what a filter does in the kernel: return 0). */
    public static ShellException endProbe(Span span, String why) {
        return new ShellException(Diagnostic.builder(FILTERED, "The probe ended early.").label(span, why)
                .help("outside `ebpf simulate` and `ebpf attach`, a filter that does not match stops the script here").build());
    }

    public static boolean isEndProbe(ShellException e) { return FILTERED.equals(e.diagnostic().code()); }

    /** One probe's storage and context. */
    public static final class Session {
        private ProbeContext context;
        private final List<Record> events = new ArrayList<>();
        private final Map<Value, Long> counters = new LinkedHashMap<>();
        private final long[] histogram = new long[Log2Histogram.BUCKETS];
        private final Map<Long, Long> timers = new HashMap<>();
        private EventSchema schema;
        private CounterKeyKind counterKey;

        Session(ProbeContext context) { this.context = context; }

        public ProbeContext context() { return context; }

        public void context(ProbeContext c) { context = c; }

        /** What the compiler found (comm fields and keys), so values read as the kernel would show them. */
        public void hints(EventSchema schema, CounterKeyKind counterKey) {
            this.schema = schema;
            this.counterKey = counterKey;
        }

        public void emit(Value v) {
            Record r = v instanceof Record rec ? rec : Record.of("value", v);
            if (schema != null) {
                Record.Builder b = r.toBuilder();
                for (EventSchema.Field f : schema.fields())
                    if (f.kind() == FieldKind.COMM && r.get(f.name()) instanceof Value.Int) b.put(f.name(), Value.of(context.comm()));
                r = b.build();
            }
            events.add(r);
        }

        public void count(Value key) {
            if (counterKey == CounterKeyKind.COMM && key instanceof Value.Int) key = Value.of(context.comm());
            counters.merge(key, 1L, Long::sum);
        }

        public void histogram(long value) { histogram[Log2Histogram.bucket(value)]++; }

        public void startTimer() { timers.put(context.pidTgid() & 0xffffffffL, context.ktime()); }

        /** Elapsed ns since this thread's start-timer, or null if there was none (the start is consumed). */
        public Long stopTimer() {
            Long start = timers.remove(context.pidTgid() & 0xffffffffL);
            return start == null ? null : context.ktime() - start;
        }

        public List<Record> events() { return List.copyOf(events); }

        public Map<Value, Long> counters() { return java.util.Collections.unmodifiableMap(counters); }

        public long[] histogramCounts() { return histogram.clone(); }
    }
}
