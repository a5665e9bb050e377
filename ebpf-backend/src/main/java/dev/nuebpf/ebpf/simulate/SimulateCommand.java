package dev.nuebpf.ebpf.simulate;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.ebpf.compile.ProbeCompiler;
import dev.nuebpf.ebpf.helpers.Log2Histogram;
import dev.nuebpf.ebpf.helpers.MockContext;
import dev.nuebpf.ebpf.probe.ProbeSpec;
import dev.nuebpf.ebpf.probe.ProgramTarget;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ebpf simulate <probe> {closure} --context [records]}: checks that the closure compiles for the probe, then
 * runs it in the interpreter once per context record (a mock task: comm, pid, args...) with fresh in-memory maps,
 * and returns what a kernel run would have produced: {@code {events, counters, histogram}}. See docs/ebpf-simulate.md.
 */
public final class SimulateCommand implements dev.nuebpf.command.Command {
    @Override public Signature signature() {
        return Signature.build("ebpf simulate", Category.EBPF)
                .description("Run a probe closure against mock contexts, without a kernel, and return its events, counters and histogram.")
                .required("probe", SyntaxShape.STRING, "probe specification, e.g. kprobe:ksys_read")
                .required("closure", SyntaxShape.CLOSURE, "the probe closure")
                .named("context", SyntaxShape.LIST, "list of context records (comm, pid, tid, uid, ktime, args, retval); default one empty record", 'c')
                .io("nothing", "record").searchTerms("ebpf", "test", "mock", "probe");
    }

    @Override public List<Example> examples() {
        Value counters = new Value.ListV(List.of(Record.of("key", Value.of("nginx"), "count", Value.of(1))));
        return List.of(Example.of("Count nginx's reads", "ebpf simulate 'kprobe:ksys_read' {|| bpf-filter-comm 'nginx'; bpf-comm | bpf-count } --context [{comm: nginx, pid: 7, args: [3 0 100]}, {comm: bash, pid: 8}]",
                Record.builder().put("events", new Value.ListV(List.of())).put("counters", counters).put("histogram", new Value.ListV(List.of())).build()));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        ProgramTarget target = ProbeSpec.parse(call.stringArg(0), call.positionalSpan(0)).defaultTarget();
        Value.ClosureV closure = call.closureArg(1);
        ProbeCompiler.Checked checked = ProbeCompiler.check(target, closure);
        List<Record> contexts = contexts(call);
        ProbeState state = ProbeState.of(call.engine());
        ProbeState.Session session = state.push(MockContext.of(Record.EMPTY, 0));
        try {
            session.hints(checked.events(), checked.counterKey());
            long ktime = 0;
            for (Record r : contexts) {
                MockContext ctx;
                try {
                    ctx = MockContext.of(r, ktime);
                } catch (IllegalArgumentException e) {
                    throw Errors.incorrectValue(e.getMessage(), call.flagSpan("context"));
                }
                ktime = ctx.ktime();
                session.context(ctx);
                try {
                    Value result = call.engine().callValue(closure, List.of(), PipelineData.EMPTY, call.span());
                    if (checked.implicitEmit() && result instanceof Value.Str) session.emit(result);
                } catch (ShellException e) {
                    if (!ProbeState.isEndProbe(e)) throw e;
                }
            }
            return PipelineData.of(result(session));
        } finally {
            state.pop(session);
        }
    }

    private static List<Record> contexts(Call call) {
        Value v = call.flag("context");
        if (v == null) return List.of(Record.EMPTY);
        List<Record> out = new ArrayList<>();
        if (v instanceof Record r) return List.of(r);
        if (!(v instanceof Value.ListV l)) throw Errors.typeMismatch("list<record>", v, call.flagSpan("context"));
        for (Value item : l.items()) {
            if (!(item instanceof Record r)) throw Errors.typeMismatch("record", item, call.flagSpan("context"));
            out.add(r);
        }
        return out;
    }

    /** The result record: events in order, counters as a key/count table in first-seen order, non-empty buckets. */
    static Record result(ProbeState.Session s) {
        List<Value> counters = new ArrayList<>();
        for (Map.Entry<Value, Long> e : s.counters().entrySet()) counters.add(Record.of("key", e.getKey(), "count", Value.of(e.getValue())));
        List<Value> hist = new ArrayList<>();
        long[] h = s.histogramCounts();
        for (int b = 0; b < h.length; b++) {
            if (h[b] == 0) continue;
            hist.add(Record.builder().put("bucket", Value.of(b)).put("range", Value.of(Log2Histogram.rangeLabel(b, false)))
                    .put("count", Value.of(h[b])).build());
        }
        return Record.builder().put("events", new Value.ListV(new ArrayList<>(s.events())))
                .put("counters", new Value.ListV(counters)).put("histogram", new Value.ListV(hist)).build();
    }
}
