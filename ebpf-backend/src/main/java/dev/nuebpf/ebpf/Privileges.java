package dev.nuebpf.ebpf;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks up front that this process may load and attach BPF programs, so an ordinary user gets one clear
 * message instead of whichever step (mounting tracefs, bpf(), perf_event_open) happens to fail first.
 * CAP_SYS_ADMIN covers both capabilities on every kernel; CAP_BPF and CAP_PERFMON exist since 5.8.
 */
final class Privileges {
    private Privileges() {}

    static final String PERMISSION = "nu::ebpf::permission_denied";
    static final int CAP_SYS_ADMIN = 21, CAP_PERFMON = 38, CAP_BPF = 39;

    /** Whether the effective capability set (hex, as in /proc/self/status CapEff) allows loading and attaching. */
    static boolean sufficient(long capEff) {
        boolean admin = (capEff & (1L << CAP_SYS_ADMIN)) != 0;
        return admin || ((capEff & (1L << CAP_BPF)) != 0 && (capEff & (1L << CAP_PERFMON)) != 0);
    }

    /** The CapEff line's value, or -1 when it cannot be read (then nothing is checked here). */
    static long effectiveCapabilities(String procStatus) {
        for (String line : procStatus.split("\n"))
            if (line.startsWith("CapEff:")) {
                try {
                    return Long.parseUnsignedLong(line.substring(7).strip(), 16);
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        return -1;
    }

    static void require(String command, Span span) {
        String status;
        try {
            status = Files.readString(Path.of("/proc/self/status"));
        } catch (IOException | RuntimeException e) {
            return; // no /proc: let the kernel calls report what is missing
        }
        long caps = effectiveCapabilities(status);
        if (caps == -1 || sufficient(caps)) return;
        throw ShellException.of(PERMISSION, "`" + command + "` needs root or CAP_BPF and CAP_PERFMON", span,
                "this process may not load BPF programs",
                "run it as root (e.g. with sudo), or grant the capabilities: setcap cap_bpf,cap_perfmon+ep on the java binary;"
                        + " `ebpf simulate` and `ebpf attach --dry-run` work without them");
    }
}
