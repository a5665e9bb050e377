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

/** {@code path exists}: whether the (expanded) path exists; {@code --no-symlink} does not follow a final link. */
public final class PathExistsCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("path exists", Category.PATH)
                .description("Check whether a path exists.")
                .switchFlag("no-symlink", "Do not resolve symbolic links.", 'n')
                .io("string", "bool").io("list<string>", "list<bool>");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Check if a file exists", "'/definitely/not/here' | path exists", Value.of(false)),
                Example.of("Check the root directory", "'/' | path exists", Value.of(true)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean noSymlink = call.has("no-symlink");
        return PathInput.map(call, input, p -> {
            if (p.isEmpty()) return Value.of(false);
            var path = PathText.absolute(p, call.engine());
            return Value.of(noSymlink ? java.nio.file.Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) : java.nio.file.Files.exists(path));
        });
    }
}
