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
/** {@code echo}: returns its arguments (one value, a list of several, or "" for none). */
public final class EchoCommand implements Command {
    private final Signature sig = Signature.build("echo", Category.CORE)
            .description("Returns its arguments, ignoring the piped-in value.")
            .extraDescription("Unlike `print`, which prints unstructured text to stdout, `echo` is like an identity function and simply returns its arguments. When given no arguments, it returns an empty string. When given one argument, it returns it as a nushell value. Otherwise, it returns a list of the arguments.")
            .rest("rest", SyntaxShape.ANY, "The values to echo.")
            .io("nothing", "any");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Several arguments give a list", "echo 1 2 3", ints(1, 2, 3)),
                Example.of("One argument is returned as is", "echo 'hi'", s("hi")),
                Example.of("No arguments give an empty string", "echo", s("")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<Value> args = call.rest();
        if (args.isEmpty()) return PipelineData.of(Value.of(""));
        if (args.size() == 1) return PipelineData.of(args.get(0));
        return Inputs.list(new ArrayList<>(args));
    }
}
