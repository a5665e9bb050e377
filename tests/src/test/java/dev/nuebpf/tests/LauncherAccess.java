package dev.nuebpf.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@link Launcher} for tests in sub-packages (it is package-private to keep its surface small). */
public final class LauncherAccess {
    private LauncherAccess() {}

    public record Result(String stdout, String stderr, int exitCode) {}

    public static Path nuEbpf() { return Launcher.nuEbpf(); }

    public static Result run(List<String> command, Path cwd, long timeoutSeconds) throws IOException, InterruptedException {
        Launcher.Result r = Launcher.run(command, cwd, timeoutSeconds);
        return new Result(r.stdout(), r.stderr(), r.exit());
    }
}
