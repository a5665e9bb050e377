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

/** {@code touch}: creates empty files or updates their modification time. */
public final class TouchCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("touch", Category.FILESYSTEM)
                .description("Creates one or more files.")
                .rest("files", SyntaxShape.FILEPATH, "The file(s) to create.")
                .switchFlag("no-create", "do not create a file if it does not exist", 'c')
                .io("nothing", "nothing");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("Creates \"fixture.json\"", "touch fixture.json"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        if (call.rest().isEmpty()) throw Errors.missingPositional("files", call.head());
        for (int i = 0; i < call.rest().size(); i++) {
            String s = Errors.expectString(call.rest().get(i), call.restSpans().get(i));
            Path p = Globs.resolve(s, call.engine().cwd());
            try {
                if (Files.exists(p)) Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
                else if (!call.has("no-create")) Files.createFile(p);
            } catch (IOException e) {
                throw FsErrors.io(e, s, call.restSpans().get(i));
            }
        }
        return PipelineData.EMPTY;
    }
}
