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
/** {@code tee}: passes the input on unchanged, after giving a copy of it to a closure (whose output is dropped). */
public final class TeeCommand implements Command {
    private final Signature sig = Signature.build("tee", Category.CORE)
            .description("Copy a stream to another command in parallel.")
            .extraDescription("This is useful if you have a stream and want to save it to a file, for example, while also doing something else with it.")
            .required("closure", SyntaxShape.CLOSURE, "The other command to send the stream to.")
            .switchFlag("stderr", "For external commands: copy the standard error stream instead.", 'e')
            .io("any", "any");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(Example.of("The input goes on unchanged", "[1 2] | tee { length | ignore } | length", i(2)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value.ClosureV c = call.closureArg(0);
        Value v = input.collect();
        Iterator<Value> it = call.engine().call(c, List.of(), PipelineData.of(v), call.head()).iterator();
        while (it.hasNext()) it.next();
        return PipelineData.of(v);
    }
}
