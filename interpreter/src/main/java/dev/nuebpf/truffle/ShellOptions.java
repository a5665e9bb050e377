package dev.nuebpf.truffle;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * How a {@link Shell} is set up: where output goes, the starting directory, the script/CLI arguments
 * and whether it serves an interactive REPL (affects e.g. how an external's output is streamed).
 */
public record ShellOptions(PrintStream stdout, PrintStream stderr, InputStream stdin, Path cwd, List<String> args,
                           boolean interactive) {
    public ShellOptions {
        if (stdout == null) stdout = System.out;
        if (stderr == null) stderr = System.err;
        if (stdin == null) stdin = System.in;
        if (cwd == null) cwd = Path.of("").toAbsolutePath();
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** System streams, the process's working directory, no arguments, not interactive. */
    public static ShellOptions defaults() { return new ShellOptions(null, null, null, null, null, false); }

    public ShellOptions withStdout(PrintStream out) { return new ShellOptions(out, stderr, stdin, cwd, args, interactive); }
    public ShellOptions withStderr(PrintStream err) { return new ShellOptions(stdout, err, stdin, cwd, args, interactive); }
    public ShellOptions withStdin(InputStream in) { return new ShellOptions(stdout, stderr, in, cwd, args, interactive); }
    public ShellOptions withCwd(Path dir) { return new ShellOptions(stdout, stderr, stdin, dir, args, interactive); }
    public ShellOptions withArgs(List<String> a) { return new ShellOptions(stdout, stderr, stdin, cwd, a, interactive); }
    public ShellOptions withInteractive(boolean i) { return new ShellOptions(stdout, stderr, stdin, cwd, args, i); }
}
