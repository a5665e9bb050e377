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
/** {@code timeit}: runs a closure (input passed on) and returns how long it took; --output also returns its result. */
public final class TimeitCommand implements Command {
    private final Signature sig = Signature.build("timeit", Category.DEBUG)
            .description("Time how long it takes a closure to run.")
            .extraDescription("Any pipeline input given to this command is passed to the closure. The closure's output is collected, then discarded unless --output is set.")
            .required("command", SyntaxShape.CLOSURE, "The closure to run.")
            .switchFlag("output", "Include the closure output.", 'o')
            .io("any", "duration").io("any", "record")
            .searchTerms("timing", "timer", "benchmark", "measure");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Time a closure", "timeit { 1 + 1 } | describe", s("duration")),
                Example.of("Keep the closure's output too", "timeit --output { 'done' } | get output", s("done")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value.ClosureV c = call.closureArg(0);
        long t0 = System.nanoTime();
        Value out = call.engine().call(c, List.of(), input, call.head()).collect();
        Value time = new Value.Duration(System.nanoTime() - t0);
        return PipelineData.of(call.has("output") ? Record.of("time", time, "output", out) : time);
    }
}
