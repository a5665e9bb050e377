package dev.nuebpf.stdlib.path;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/** {@code path split}: the components, with "/" first for an absolute path. */
public final class PathSplitCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("path split", Category.PATH)
                .description("Split a path into a list based on the system's path separator.")
                .io("string", "list<string>").io("list<string>", "list<list<string>>");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Split a path into parts", "'/home/viking/spam.txt' | path split",
                new Value.ListV(List.of(Value.of("/"), Value.of("home"), Value.of("viking"), Value.of("spam.txt")))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PathInput.map(call, input, p -> {
            List<Value> out = new ArrayList<>();
            for (String c : PathText.components(p)) out.add(Value.of(c));
            return new Value.ListV(out);
        });
    }
}
