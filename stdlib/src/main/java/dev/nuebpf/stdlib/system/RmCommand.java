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

/** {@code rm}: removes files (globs allowed); directories need --recursive; --force ignores missing paths. */
public final class RmCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("rm", Category.FILESYSTEM)
                .description("Remove files and directories.")
                .rest("paths", SyntaxShape.GLOB, "The file paths(s) to remove.")
                .switchFlag("recursive", "delete subdirectories recursively", 'r')
                .switchFlag("force", "suppress error when no file", 'f')
                .switchFlag("verbose", "print names of deleted files", 'v')
                .switchFlag("permanent", "delete permanently, ignoring the 'always_trash' config option", 'p')
                .io("nothing", "nothing");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("Delete a file", "rm file.txt"),
                Example.parseOnly("Delete all 0KB files in the current directory", "ls | where size == 0KB and type == file | each { rm $in.name } | null"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        if (call.rest().isEmpty()) throw Errors.missingPositional("paths", call.head());
        boolean force = call.has("force");
        for (int i = 0; i < call.rest().size(); i++) {
            String s = Errors.expectString(call.rest().get(i), call.restSpans().get(i));
            List<Path> paths;
            try {
                paths = Globs.expand(s, call.engine().cwd(), false, Integer.MAX_VALUE);
            } catch (IOException e) {
                throw FsErrors.io(e, s, call.restSpans().get(i));
            }
            if (paths.isEmpty() && !force) throw FsErrors.notFound(s, call.restSpans().get(i));
            for (Path p : paths) {
                try {
                    if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        if (!call.has("recursive")) throw ShellException.of("nu::shell::io::is_a_directory", "Is a directory",
                                call.restSpans().get(i), "cannot remove a directory without --recursive", "use --recursive to remove it");
                        deleteTree(p);
                    } else Files.delete(p);
                    if (call.has("verbose")) call.engine().stdout().println("deleted " + p);
                } catch (IOException e) {
                    throw FsErrors.io(e, p.toString(), call.restSpans().get(i));
                }
            }
        }
        return PipelineData.EMPTY;
    }

    static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            List<Path> all = new ArrayList<>(walk.toList());
            java.util.Collections.reverse(all);
            for (Path p : all) Files.delete(p);
        }
    }
}
