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

/** {@code ls}: a table of name, type, size and modified for a directory or glob. */
public final class LsCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("ls", Category.FILESYSTEM)
                .description("List the filenames, sizes, and modification times of items in a directory.")
                .rest("pattern", SyntaxShape.GLOB, "The glob pattern to use.")
                .switchFlag("all", "Show hidden files", 'a')
                .switchFlag("long", "Get all available columns for each entry (slower; columns are platform-dependent)", 'l')
                .switchFlag("short-names", "Only print the file names, and not the path", 's')
                .switchFlag("full-paths", "display paths as absolute paths", 'f')
                .switchFlag("du", "Display the apparent directory size (\"disk usage\") in place of the directory metadata size", 'd')
                .switchFlag("directory", "List the specified directory itself instead of its contents", 'D')
                .switchFlag("mime-type", "Show mime-type in type column instead of 'file' (based on filenames only; files' contents are not examined)", 'm')
                .switchFlag("threads", "Use multiple threads to list contents (accepted; listing is sequential).", 't')
                .io("nothing", "table");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("List visible files in the current directory", "ls"),
                Example.parseOnly("List visible files in a subdirectory", "ls subdir"),
                Example.parseOnly("List all rust files", "ls *.rs"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Path cwd = call.engine().cwd();
        boolean all = call.has("all");
        List<String> patterns = new ArrayList<>();
        for (int i = 0; i < call.rest().size(); i++) patterns.add(Errors.expectString(call.rest().get(i), call.restSpans().get(i)));
        if (patterns.isEmpty()) patterns.add(".");
        List<Value> rows = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            String pat = patterns.get(i);
            var span = call.rest().isEmpty() ? call.head() : call.restSpans().get(i);
            try {
                List<Path> entries;
                String display;
                if (!Globs.isGlob(pat) && Files.isDirectory(Globs.resolve(pat, cwd)) && !call.has("directory")) {
                    Path dir = Globs.resolve(pat, cwd);
                    try (var s = Files.list(dir)) {
                        entries = new ArrayList<>(s.filter(p -> all || !p.getFileName().toString().startsWith(".")).toList());
                    }
                    entries.sort(null);
                    display = pat.equals(".") ? "" : pat.endsWith("/") ? pat : pat + "/";
                    for (Path p : entries) rows.add(row(call, p, display + p.getFileName()));
                } else {
                    entries = Globs.expand(pat, cwd, all, Integer.MAX_VALUE);
                    if (entries.isEmpty()) throw FsErrors.notFound(pat, span);
                    for (Path p : entries) {
                        String name = p.startsWith(cwd) && !Path.of(pat).isAbsolute() ? cwd.relativize(p).toString() : p.toString();
                        rows.add(row(call, p, name));
                    }
                }
            } catch (IOException e) {
                throw FsErrors.io(e, pat, span);
            }
        }
        return PipelineData.of(new Value.ListV(rows));
    }

    private static Value row(Call call, Path p, String name) throws IOException {
        var a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        String shown = call.has("full-paths") ? p.toAbsolutePath().toString() : call.has("short-names") ? p.getFileName().toString() : name;
        String type = a.isSymbolicLink() ? "symlink" : a.isDirectory() ? "dir" : a.isRegularFile() ? "file" : "unknown";
        if (call.has("mime-type") && type.equals("file")) {
            String mime = java.net.URLConnection.guessContentTypeFromName(p.getFileName().toString());
            type = mime == null ? "unknown" : mime;
        }
        long size = call.has("du") && a.isDirectory() && !a.isSymbolicLink() ? diskUsage(p) : a.size();
        Record.Builder b = Record.builder().put("name", Value.of(shown)).put("type", Value.of(type))
                .put("size", new Value.Filesize(size))
                .put("modified", new Value.Date(a.lastModifiedTime().toInstant().atZone(java.time.ZoneId.systemDefault())
                        .withZoneSameInstant(java.time.ZoneId.systemDefault().getRules().getOffset(a.lastModifiedTime().toInstant()))));
        if (call.has("long")) {
            b.put("accessed", new Value.Date(a.lastAccessTime().toInstant().atZone(java.time.ZoneOffset.UTC)));
            b.put("created", new Value.Date(a.creationTime().toInstant().atZone(java.time.ZoneOffset.UTC)));
            b.put("target", a.isSymbolicLink() ? Value.of(Files.readSymbolicLink(p).toString()) : Value.NOTHING);
            b.put("readonly", Value.of(!Files.isWritable(p)));
        }
        return b.build();
    }

    /** Apparent size of a directory tree: the sum of its regular files' sizes (unreadable parts are skipped). */
    private static long diskUsage(Path dir) {
        long[] total = {0};
        try (var walk = Files.walk(dir)) {
            walk.forEach(q -> {
                try {
                    if (!q.equals(dir)) total[0] += Files.size(q);
                } catch (IOException ignored) {
                    // an entry that vanished or cannot be read adds nothing
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // best effort, like du on a tree with unreadable parts
        }
        return total[0];
    }
}
