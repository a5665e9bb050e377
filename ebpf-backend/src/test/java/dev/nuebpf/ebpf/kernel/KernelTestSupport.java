package dev.nuebpf.ebpf.kernel;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Shared set-up for tests against the real kernel: root check (skip with a reason elsewhere; with
 * NUEBPF_REQUIRE_KERNEL=1 a skip is a failure), and tools built at test time into a temp dir:
 * BPF objects from C with clang, and static workloads with gcc. Nothing built here is committed.
 */
public final class KernelTestSupport {
    private KernelTestSupport() {}

    public static void requireRoot() {
        boolean root = "root".equals(System.getProperty("user.name")) || uid() == 0;
        need(root, "needs root to load BPF programs");
    }

    public static void need(boolean ok, String reason) {
        if (!ok && "1".equals(System.getenv("NUEBPF_REQUIRE_KERNEL"))) throw new AssertionError("required but missing: " + reason);
        assumeTrue(ok, reason);
    }

    private static int uid() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status")))
                if (l.startsWith("Uid:")) return Integer.parseInt(l.split("\\s+")[1]);
        } catch (IOException ignored) {
            // fall through
        }
        return -1;
    }

    public static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) if (Files.isExecutable(Path.of(d, tool))) return true;
        return false;
    }

    /** Compiles BPF C into an object and returns its bytes. */
    public static byte[] clangBpf(Path dir, String name, String source) throws Exception {
        need(onPath("clang"), "needs clang (apt-get install -y clang libbpf-dev)");
        need(Files.exists(Path.of("/usr/include/bpf/bpf_helpers.h")), "needs libbpf-dev headers");
        Path c = dir.resolve(name + ".bpf.c"), o = dir.resolve(name + ".bpf.o");
        Files.writeString(c, source);
        List<String> cmd = new ArrayList<>(List.of("clang", "-O2", "-g", "-target", "bpf", "-c", c.toString(), "-o", o.toString()));
        for (String inc : List.of("/usr/include/x86_64-linux-gnu", "/usr/include/aarch64-linux-gnu"))
            if (Files.isDirectory(Path.of(inc))) cmd.add(2, "-I" + inc);
        run(cmd, dir);
        return Files.readAllBytes(o);
    }

    /** Builds a static C program {@code dir/name}; the name becomes the process comm. */
    public static Path gccStatic(Path dir, String name, String source) throws Exception {
        need(onPath("gcc"), "needs gcc");
        Path c = dir.resolve(name + ".c"), exe = dir.resolve(name);
        Files.writeString(c, source);
        run(List.of("gcc", "-O1", "-static", "-o", exe.toString(), c.toString()), dir);
        return exe;
    }

    /** The getppid workload: {@code <exe> N} makes exactly N getppid system calls, then prints its pid. */
    public static final String GETPPID_WORKLOAD = """
            #define _GNU_SOURCE
            #include <stdio.h>
            #include <stdlib.h>
            #include <unistd.h>
            #include <sys/syscall.h>
            __attribute__((noinline)) long nu_work_once(void) { return syscall(SYS_getppid); }
            int main(int argc, char **argv) {
                long n = atol(argv[1]);
                for (long i = 0; i < n; i++) nu_work_once();
                printf("%d\\n", getpid());
                return 0;
            }
            """;

    /** Runs a workload to completion; returns its pid (its only output). */
    public static long runWorkload(Path exe, long n) throws Exception {
        Process p = new ProcessBuilder(exe.toString(), Long.toString(n)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new AssertionError("workload failed: " + out);
        return Long.parseLong(out);
    }

    public static String run(List<String> cmd, Path dir) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) throw new AssertionError(String.join(" ", cmd) + " failed:\n" + out);
        return out;
    }

    public static int openFds() {
        String[] fds = new java.io.File("/proc/self/fd").list();
        return fds == null ? -1 : fds.length;
    }

    /** Ids of the BPF programs loaded in the system, per {@code bpftool prog list}. */
    public static java.util.Set<Integer> bpftoolProgIds() throws Exception {
        need(onPath("bpftool"), "needs bpftool (apt-get install -y bpftool)");
        String out = run(List.of("bpftool", "prog", "list"), Path.of("/"));
        java.util.Set<Integer> ids = new java.util.HashSet<>();
        for (String l : out.lines().toList()) if (l.matches("^\\d+: .*")) ids.add(Integer.parseInt(l.substring(0, l.indexOf(':'))));
        return ids;
    }

    /**
     * Asserts that none of {@code ours} is still listed by bpftool (other processes' programs come and go, so the
     * system-wide count is no measure). The kernel frees programs asynchronously: allow it a moment.
     */
    public static void assertUnloaded(java.util.Collection<Integer> ours) throws Exception {
        java.util.Set<Integer> left = new java.util.HashSet<>(ours);
        for (int i = 0; i < 50; i++) {
            left.retainAll(bpftoolProgIds());
            if (left.isEmpty()) return;
            Thread.sleep(100);
        }
        throw new AssertionError("programs still loaded after detach: " + left);
    }
}
