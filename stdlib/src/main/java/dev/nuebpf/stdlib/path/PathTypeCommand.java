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

/** {@code path type}: "file", "dir", "symlink" (and other kinds), or null when nothing is there. */
public final class PathTypeCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("path type", Category.PATH)
                .description("Get the type of the object a path refers to (e.g., file, dir, symlink).")
                .io("string", "string").io("list<string>", "list<string>");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Show type of the root directory", "'/' | path type", Value.of("dir")),
                Example.of("A path that does not exist has no type", "'/definitely/not/here' | path type", Value.NOTHING));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PathInput.map(call, input, p -> {
            var path = PathText.absolute(p, call.engine());
            try {
                var attrs = java.nio.file.Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                if (attrs.isSymbolicLink()) return Value.of("symlink");
                if (attrs.isDirectory()) return Value.of("dir");
                if (attrs.isRegularFile()) return Value.of("file");
                return Value.of("unknown");
            } catch (java.io.IOException e) {
                return Value.NOTHING;
            }
        });
    }
}
