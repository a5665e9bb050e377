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
/** {@code collect}: gathers a stream into one value, optionally handing it to a closure. */
public final class CollectCommand implements Command {
    private final Signature sig = Signature.build("collect", Category.CORE)
            .description("Collect a stream into a value.")
            .extraDescription("If provided, run a closure with the collected value as input.")
            .optional("closure", SyntaxShape.CLOSURE, "The closure to run once the stream is collected.")
            .switchFlag("keep-env", "Let the closure affect environment variables.", null)
            .io("any", "any");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Collect a stream into a list", "1..3 | each { $in } | collect", ints(1, 2, 3)),
                Example.of("Use the whole list in a closure", "[1 2 3] | collect {|x| $x.1 }", i(2)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value v = input.collect();
        if (call.positional(0) == null) return PipelineData.of(v);
        return Closures.stream(call, call.closureArg(0), v);
    }
}
