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

/** {@code cd}: changes $env.PWD (no argument: home; "-": the previous directory). */
public final class CdCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("cd", Category.FILESYSTEM)
                .description("Change directory.")
                .optional("path", SyntaxShape.DIRECTORY, "The path to change to.")
                .switchFlag("physical", "use the physical directory structure; resolve symbolic links before processing instances of ..", 'P')
                .io("nothing", "nothing").io("string", "nothing");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("Change to your home directory", "cd ~"),
                Example.parseOnly("Change to the previous working directory", "cd -"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value arg = call.positional(0);
        Path cwd = call.engine().cwd();
        Path target;
        if (arg == null) {
            Value home = call.engine().env("HOME");
            target = Path.of(home instanceof Value.Str h ? h.value() : System.getProperty("user.home"));
        } else {
            String s = Errors.expectString(arg, call.positionalSpan(0));
            if (s.equals("-")) {
                Value old = call.engine().env("OLDPWD");
                target = old instanceof Value.Str o ? Path.of(o.value()) : cwd;
            } else target = Globs.resolve(s, cwd);
        }
        if (call.has("physical")) {
            try {
                target = target.toRealPath();
            } catch (IOException e) {
                throw FsErrors.io(e, target.toString(), arg == null ? call.head() : call.positionalSpan(0));
            }
        }
        if (!Files.exists(target)) throw ShellException.of("nu::shell::io::directory_not_found", "Directory not found",
                arg == null ? call.head() : call.positionalSpan(0), "directory not found");
        if (!Files.isDirectory(target)) throw ShellException.of("nu::shell::io::not_a_directory", "Not a directory",
                arg == null ? call.head() : call.positionalSpan(0), "is not a directory");
        call.engine().setEnv("OLDPWD", Value.of(cwd.toString()));
        call.engine().setEnv("PWD", Value.of(target.toString()));
        return PipelineData.EMPTY;
    }
}
