package dev.nuebpf.stdlib.core;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import dev.nuebpf.runtime.Values;
import dev.nuebpf.stdlib.common.CellPathOps;
import dev.nuebpf.stdlib.common.Closures;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.runtime.TypeNames;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
/** {@code sleep}: waits for the sum of the given durations, waking early when the user interrupts. */
public final class SleepCommand implements Command {
    private final Signature sig = Signature.build("sleep", Category.CORE)
            .description("Delay for a specified amount of time.")
            .required("duration", SyntaxShape.DURATION, "Time to sleep.")
            .rest("rest", SyntaxShape.DURATION, "Additional time duration to sleep.")
            .io("nothing", "nothing")
            .searchTerms("delay", "wait", "timer");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Sleep for a moment", "sleep 10ms", nothing()),
                Example.of("Sleep for the sum of several durations", "sleep 5ms 5ms", nothing()));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        long nanos = duration(call.req(0), call.positionalSpan(0));
        for (int k = 0; k < call.rest().size(); k++) nanos += duration(call.rest().get(k), call.restSpans().get(k));
        long deadline = System.nanoTime() + nanos;
        while (!call.engine().interrupted()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) break;
            try {
                Thread.sleep(Math.min(50, Math.max(1, left / 1_000_000)), 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return PipelineData.EMPTY;
    }

    private static long duration(Value v, Span span) {
        if (!(v instanceof Value.Duration d)) throw ShellErrors.typeMismatch("expected duration, found " + TypeNames.of(v), span);
        if (d.nanos() < 0) throw ShellErrors.incorrectValue("duration must be non-negative", span);
        return d.nanos();
    }
}
