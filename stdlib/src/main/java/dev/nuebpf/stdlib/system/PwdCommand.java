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

/** {@code pwd}: the current directory ($env.PWD). */
public final class PwdCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("pwd", Category.FILESYSTEM)
                .description("Return the current working directory")
                .switchFlag("physical", "resolve symbolic links", 'P')
                .io("nothing", "string");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("Get the current working directory.", "pwd"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Path cwd = call.engine().cwd();
        if (call.has("physical")) {
            try {
                cwd = cwd.toRealPath();
            } catch (IOException e) {
                throw FsErrors.io(e, cwd.toString(), call.head());
            }
        }
        return PipelineData.of(Value.of(cwd.toString()));
    }
}
