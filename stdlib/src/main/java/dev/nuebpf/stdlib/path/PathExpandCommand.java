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

/** {@code path expand}: absolute, with "~" expanded, "." and ".." resolved, and symlinks resolved when it exists. */
public final class PathExpandCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("path expand", Category.PATH)
                .description("Try to expand a path to its absolute form.")
                .switchFlag("strict", "Throw an error if the path could not be expanded.", 's')
                .switchFlag("no-symlink", "Do not resolve symbolic links.", 'n')
                .io("string", "string").io("list<string>", "list<string>");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Expand a path with '..' in it", "'/tmp/../tmp' | path expand", Value.of("/tmp")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean strict = call.has("strict");
        boolean noSymlink = call.has("no-symlink");
        return PathInput.map(call, input, p -> {
            var path = PathText.absolute(p, call.engine());
            if (!noSymlink || strict) {
                try {
                    var real = path.toRealPath();
                    return Value.of(noSymlink ? path.toString() : real.toString());
                } catch (java.io.IOException e) {
                    if (strict) throw Errors.generic("Could not expand path", call.head(), "could not expand path: " + e.getMessage());
                }
            }
            return Value.of(path.toString());
        });
    }
}
