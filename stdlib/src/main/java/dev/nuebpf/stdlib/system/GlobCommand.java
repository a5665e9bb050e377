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

/** {@code glob}: absolute paths matching a glob pattern. */
public final class GlobCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("glob", Category.FILESYSTEM)
                .description("Creates a list of files and/or folders based on the glob pattern provided.")
                .required("glob", SyntaxShape.STRING, "The glob expression.")
                .named("depth", SyntaxShape.INT, "directory depth to search", 'd')
                .switchFlag("no-dir", "Whether to filter out directories from the returned paths", 'D')
                .switchFlag("no-file", "Whether to filter out files from the returned paths", 'F')
                .switchFlag("no-symlink", "Whether to filter out symlinks from the returned paths", 'S')
                .switchFlag("follow-symlinks", "Whether to follow symbolic links to their targets", 'l')
                .named("exclude", SyntaxShape.LIST, "Patterns to exclude from the search: `glob` will not walk the inside of directories matching the excluded patterns.", 'e')
                .io("nothing", "list<string>");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("Search for *.rs files", "glob *.rs"),
                Example.parseOnly("Search for files and folders recursively", "glob **/*"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String pat = call.stringArg(0);
        Long depth = call.intFlag("depth");
        List<java.nio.file.PathMatcher> excludes = new ArrayList<>();
        Value ex = call.flag("exclude");
        if (ex instanceof Value.ListV l) {
            for (Value v : l.items()) {
                String g = dev.nuebpf.command.Errors.expectString(v, call.head());
                excludes.add(java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + g));
            }
        }
        Path cwd = call.engine().cwd();
        List<Value> out = new ArrayList<>();
        try {
            for (Path p : Globs.expand(pat, call.engine().cwd(), true, depth == null ? Integer.MAX_VALUE : depth.intValue())) {
                boolean link = Files.isSymbolicLink(p), dir = Files.isDirectory(p);
                if (call.has("no-dir") && dir && !link) continue;
                if (call.has("no-file") && !dir && !link) continue;
                if (call.has("no-symlink") && link) continue;
                if (excluded(excludes, cwd, p)) continue;
                out.add(Value.of(p.toString()));
            }
        } catch (IOException e) {
            throw FsErrors.io(e, pat, call.positionalSpan(0));
        }
        return PipelineData.of(new Value.ListV(out));
    }

    /** A path is excluded when a pattern matches it (relative to the cwd) or one of its parent directories. */
    private static boolean excluded(List<java.nio.file.PathMatcher> excludes, Path cwd, Path p) {
        if (excludes.isEmpty()) return false;
        Path rel = p.startsWith(cwd) ? cwd.relativize(p) : p;
        for (Path q = rel; q != null && !q.toString().isEmpty(); q = q.getParent())
            for (var m : excludes) if (m.matches(q)) return true;
        return false;
    }
}
