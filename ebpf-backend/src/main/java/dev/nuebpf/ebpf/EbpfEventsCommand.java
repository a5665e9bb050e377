package dev.nuebpf.ebpf;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.ebpf.runtime.Probe;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** {@code ebpf events}: what a probe emitted, drained; with --follow a stream until Ctrl-C. */
final class EbpfEventsCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("ebpf events", Category.EBPF)
                .description("Return (and remove) the events a probe emitted since the last call; a scalar emit becomes {value: x}.")
                .extraDescription("Lost events (buffer full) are counted, shown by `ebpf list`, and reported here as a warning.")
                .required("id", SyntaxShape.INT, "The probe id.")
                .switchFlag("follow", "Keep streaming events as they arrive, until Ctrl-C.", 'f')
                .io("nothing", "list<record>");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("The distinct pids a probe saw", "ebpf events 1 | uniq-by value | each { get value }"),
                Example.parseOnly("Stream events until Ctrl-C", "ebpf events 1 --follow"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Probe p = Probes.byId(call, 0);
        if (!call.has("follow")) {
            List<Record> evs = p.drainEvents();
            warnLost(call, p);
            return PipelineData.of(new Value.ListV(List.copyOf(evs)));
        }
        return PipelineData.stream(new Follow(call, p), call.head());
    }

    private static void warnLost(Call call, Probe p) {
        Throwable f = p.readerFailure();
        if (f != null) call.engine().stderr().println("warning: the event reader of probe " + p.id() + " stopped: " + f.getMessage()
                + "; events emitted since are not collected (detach and attach again)");
        long full = p.newlyFull();
        if (full > 0) call.engine().stderr().println("warning: probe " + p.id() + "'s kernel ring buffer was full " + full
                + " time(s): the kernel may have dropped events (it does not count them); read more often or emit less");
        long lost = p.newlyLost();
        if (lost > 0) call.engine().stderr().println("warning: probe " + p.id() + " lost " + lost
                + " events (reader queue or kernel buffer full); they are counted in `ebpf list`");
    }

    /** Pulls batches from the probe's queue until interrupted or the probe is detached. */
    private static final class Follow implements Iterator<Value> {
        private final Call call;
        private final Probe probe;
        private final ArrayDeque<Value> batch = new ArrayDeque<>();

        Follow(Call call, Probe probe) {
            this.call = call;
            this.probe = probe;
        }

        @Override public boolean hasNext() {
            while (batch.isEmpty()) {
                if (call.engine().interrupted() || probe.isClosed() || probe.events() == null) return false;
                try {
                    batch.addAll(probe.events().queue().drainWait(100));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                warnLost(call, probe);
            }
            return true;
        }

        @Override public Value next() {
            if (!hasNext()) throw new NoSuchElementException();
            return batch.poll();
        }
    }
}
