package dev.nuebpf.tests.ebpf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Workloads with exact system call counts, built with {@code gcc -static} at test time (never committed). */
final class Workloads {
    private Workloads() {}

    /*
     * The work is done by a forked child, whose pid is printed: the parent's pid also belongs to the launcher's
     * pre-exec code (it opens and reads files), the child's is only ever ours.
     */

    /** {@code nuwl_read N}: N one-byte read(2)s from /dev/zero. */
    static final String READ = """
            #include <fcntl.h>
            #include <stdio.h>
            #include <stdlib.h>
            #include <unistd.h>
            #include <sys/wait.h>
            int main(int argc, char **argv) {
                long n = atol(argv[1]);
                int fd = open("/dev/zero", O_RDONLY);
                pid_t child = fork();
                if (child == 0) {
                    char c;
                    for (long i = 0; i < n; i++) if (read(fd, &c, 1) != 1) _exit(1);
                    _exit(0);
                }
                int st;
                waitpid(child, &st, 0);
                printf("%d\\n", child);
                return WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : 1;
            }
            """;

    /** {@code nuwl_openat N PATH}: N open(2)+close(2) of PATH (glibc's open is openat). */
    static final String OPENAT = """
            #include <fcntl.h>
            #include <stdio.h>
            #include <stdlib.h>
            #include <unistd.h>
            #include <sys/wait.h>
            int main(int argc, char **argv) {
                long n = atol(argv[1]);
                pid_t child = fork();
                if (child == 0) {
                    for (long i = 0; i < n; i++) { int fd = open(argv[2], O_RDONLY); if (fd >= 0) close(fd); }
                    _exit(0);
                }
                int st;
                waitpid(child, &st, 0);
                printf("%d\\n", child);
                return WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : 1;
            }
            """;

    static boolean root() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status")))
                if (l.startsWith("Uid:")) return l.split("\\s+")[1].equals("0");
        } catch (Exception ignored) {
            // not Linux
        }
        return false;
    }

    static void need(boolean ok, String reason) {
        if (!ok && "1".equals(System.getenv("NUEBPF_REQUIRE_KERNEL"))) throw new AssertionError("required but missing: " + reason);
        assumeTrue(ok, reason);
    }

    static Path build(Path dir, String name, String source) throws Exception {
        Path c = dir.resolve(name + ".c"), exe = dir.resolve(name);
        Files.writeString(c, source);
        Process p = new ProcessBuilder("gcc", "-O1", "-static", "-o", exe.toString(), c.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        need(p.waitFor() == 0, "gcc -static failed: " + out);
        return exe;
    }

    /** Runs to completion; returns the pid it printed. */
    static long run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new AssertionError("workload failed: " + out);
        return Long.parseLong(out);
    }
}
