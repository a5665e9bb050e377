package dev.nuebpf.stdlib.system;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code mkdir}: creates directories with their parents. */
public final class MkdirCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("mkdir", Category.FILESYSTEM)
                .description("Create directories, with intermediary directories if required.")
                .rest("rest", SyntaxShape.DIRECTORY, "The name(s) of the path(s) to create.")
                .switchFlag("verbose", "print created path(s).", 'v')
                .io("nothing", "nothing");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("Make a directory named foo", "mkdir foo"),
                Example.parseOnly("Make multiple directories and show the paths created", "mkdir -v foo/bar foo2"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        if (call.rest().isEmpty()) throw Errors.missingPositional("rest", call.head());
        for (int i = 0; i < call.rest().size(); i++) {
            String s = Errors.expectString(call.rest().get(i), call.restSpans().get(i));
            Path p = Globs.resolve(s, call.engine().cwd());
            try {
                Files.createDirectories(p);
            } catch (IOException e) {
                throw FsErrors.io(e, s, call.restSpans().get(i));
            }
            if (call.has("verbose")) call.engine().stdout().println(p);
        }
        return PipelineData.EMPTY;
    }
}
