package dev.nuebpf.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs programs for end-to-end tests: {@code bin/nu-ebpf} (never rebuilding from a test) and real nu. */
final class Launcher {
    private Launcher() {}

    record Result(String stdout, String stderr, int exit) {}

    /** The project root (the tests module's parent). */
    static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("bin/nu-ebpf"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("bin/nu-ebpf not found above " + Path.of("").toAbsolutePath());
        return p;
    }

    static Path nuEbpf() { return root().resolve("bin/nu-ebpf"); }

    /** Real nu 0.115.1: NU_EBPF_REAL_NU (set by bin/test), the project's cache, or /work/nu; null if none. */
    static Path realNu() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("NU_EBPF_REAL_NU");
        if (env != null && !env.isEmpty()) candidates.add(Path.of(env));
        candidates.add(root().resolve(".cache/nu/node_modules/@nushell/linux-x64/bin/nu"));
        candidates.add(Path.of("/work/nu/node_modules/@nushell/linux-x64/bin/nu"));
        for (Path c : candidates) if (Files.isExecutable(c)) return c;
        return null;
    }

    static Result run(List<String> command, Path cwd, long timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().put("NU_EBPF_NO_BUILD", "1");
        pb.environment().remove("COLUMNS");
        // CI runs with no terminal and maybe no TERM; tmux wants one to describe its panes.
        pb.environment().putIfAbsent("TERM", "xterm-256color");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = Files.createTempFile("nu-out", ".txt"), err = Files.createTempFile("nu-err", ".txt");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError("timed out after " + timeoutSeconds + "s: " + command);
            }
            return new Result(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                    p.exitValue());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
