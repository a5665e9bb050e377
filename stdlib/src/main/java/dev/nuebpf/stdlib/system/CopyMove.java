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

/** {@code cp} and {@code mv}: the last argument is the destination (a directory receives the sources). */
abstract class CopyMove implements Command {
    abstract boolean move();

    @Override public PipelineData run(Call call, PipelineData input) {
        List<Value> args = call.rest();
        if (args.size() < 2) throw Errors.missingPositional(args.isEmpty() ? "source" : "destination", call.head());
        Path cwd = call.engine().cwd();
        int last = args.size() - 1;
        Path dest = Globs.resolve(Errors.expectString(args.get(last), call.restSpans().get(last)), cwd);
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < last; i++) {
            String s = Errors.expectString(args.get(i), call.restSpans().get(i));
            try {
                List<Path> found = Globs.expand(s, cwd, false, Integer.MAX_VALUE);
                if (found.isEmpty()) throw FsErrors.notFound(s, call.restSpans().get(i));
                sources.addAll(found);
            } catch (IOException e) {
                throw FsErrors.io(e, s, call.restSpans().get(i));
            }
        }
        boolean intoDir = Files.isDirectory(dest);
        if (sources.size() > 1 && !intoDir) throw ShellException.of("nu::shell::io::not_a_directory", "Not a directory",
                call.restSpans().get(last), "destination must be a directory when there are several sources");
        for (Path src : sources) {
            Path target = intoDir ? dest.resolve(src.getFileName()) : dest;
            try {
                if (Files.exists(target) && call.has("no-clobber")) continue;
                if (move()) Files.move(src, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                else if (Files.isDirectory(src)) {
                    if (!call.has("recursive")) throw ShellException.of("nu::shell::io::is_a_directory", "Is a directory",
                            call.head(), "`" + src + "` is a directory (not copied)", "use --recursive to copy directories");
                    copyTree(src, target);
                } else Files.copy(src, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw FsErrors.io(e, src.toString(), call.head());
            }
        }
        return PipelineData.EMPTY;
    }

    private static void copyTree(Path src, Path target) throws IOException {
        try (var walk = Files.walk(src)) {
            for (Path p : walk.toList()) {
                Path t = target.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
