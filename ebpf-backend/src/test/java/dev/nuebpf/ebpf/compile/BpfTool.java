package dev.nuebpf.ebpf.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs bpftool/readelf on objects we wrote; kernel loads need root and bpffs, skipped with a reason otherwise. */
final class BpfTool {
    private BpfTool() {}

    record Result(int exit, String output) {}

    static Result run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "timeout: " + String.join(" ", cmd));
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, e.toString());
        }
    }

    static boolean has(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) if (Files.isExecutable(Path.of(dir, tool))) return true;
        return Files.isExecutable(Path.of("/usr/sbin", tool));
    }

    static String bpftool() { return Files.isExecutable(Path.of("/usr/sbin/bpftool")) ? "/usr/sbin/bpftool" : "bpftool"; }

    /**
     * Skips the calling test unless bpftool exists, we are root and /sys/fs/bpf is a bpffs (with
     * NUEBPF_REQUIRE_KERNEL=1, as on CI, a missing requirement fails instead).
     */
    static void assumeKernelLoad() {
        need(has("bpftool"), "bpftool missing (apt-get install -y bpftool)");
        need("root".equals(System.getProperty("user.name")), "loading BPF programs needs root");
        if (!isBpffs()) run("mount", "-t", "bpf", "bpf", "/sys/fs/bpf");
        need(isBpffs(), "/sys/fs/bpf is not a mounted bpffs and mounting failed");
    }

    static void need(boolean ok, String reason) {
        if (!ok && "1".equals(System.getenv("NUEBPF_REQUIRE_KERNEL"))) throw new AssertionError("required but missing: " + reason);
        Assumptions.assumeTrue(ok, reason);
    }

    private static boolean isBpffs() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/mounts"))) if (l.split(" ")[1].equals("/sys/fs/bpf") && l.split(" ")[2].equals("bpf")) return true;
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** Loads every program of the object through the verifier, pinned under a unique dir that is removed after. */
    static Result loadAll(Path elf) {
        Path pin = Path.of("/sys/fs/bpf", "nuebpf-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            List<String> cmd = new ArrayList<>(Arrays.asList(bpftool(), "prog", "loadall", elf.toString(), pin.toString()));
            Result r = run(cmd.toArray(String[]::new));
            if (r.exit() != 0) {
                Result dbg = run(bpftool(), "-d", "prog", "loadall", elf.toString(), pin + "-dbg");
                cleanup(Path.of(pin + "-dbg"));
                return new Result(r.exit(), r.output() + "\n--- debug ---\n" + tail(dbg.output(), 60));
            }
            return r;
        } finally {
            cleanup(pin);
        }
    }

    private static void cleanup(Path pin) {
        if (!Files.exists(pin)) return;
        try (var s = Files.walk(pin)) {
            s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover pin dir in bpffs holds no resources once unlinked by the next run
        }
    }

    static String tail(String s, int lines) {
        String[] ls = s.split("\n");
        return String.join("\n", Arrays.copyOfRange(ls, Math.max(0, ls.length - lines), ls.length));
    }
}
