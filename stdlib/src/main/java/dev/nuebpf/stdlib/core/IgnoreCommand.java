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
/** {@code ignore}: consumes the input (running any side effects of a stream) and returns nothing. */
public final class IgnoreCommand implements Command {
    private final Signature sig = Signature.build("ignore", Category.CORE)
            .description("Ignore selected output streams from the previous command in the pipeline.")
            .switchFlag("stderr", "Consume all stderr output and allow stdout output through.", 'e')
            .switchFlag("stdout", "Consume all stdout output and allow stderr output through.", 'o')
            .switchFlag("show-errors", "Allow errors through and set $env.LAST_EXIT_CODE (internal failures use 1).", 'x')
            .io("any", "any")
            .searchTerms("silent", "quiet", "out-null");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(Example.of("Ignore the output of a command", "echo done | ignore", nothing()));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        if (call.has("stderr") && !call.has("stdout")) return input;
        Iterator<Value> it = input.iterator();
        while (it.hasNext() && !call.engine().interrupted()) it.next();
        return PipelineData.EMPTY;
    }
}
