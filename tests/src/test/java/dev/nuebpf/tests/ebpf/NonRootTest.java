package dev.nuebpf.tests.ebpf;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nuebpf.tests.LauncherAccess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ebpf attach} as an unprivileged user (root drops to {@code nobody} with setpriv) must fail with a
 * diagnostic that says what is needed (root, or CAP_BPF and CAP_PERFMON), not a Java exception.
 */
class NonRootTest {
    static final List<String> AS_NOBODY = List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
            "env", "HOME=/tmp", "NU_EBPF_NO_BUILD=1", "NU_EBPF_NO_CDS=1");

    static LauncherAccess.Result asNobody(String... command) throws Exception {
        List<String> cmd = new ArrayList<>(AS_NOBODY);
        cmd.addAll(List.of(command));
        return LauncherAccess.run(cmd, Path.of("/tmp"), 120);
    }

    @Test
    void attachAsNobodyExplainsThePrivilegesNeeded() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to switch to the nobody user");
        LauncherAccess.Result probe;
        try {
            probe = asNobody(LauncherAccess.nuEbpf().toString(), "-c", "1 + 1");
        } catch (java.io.IOException noSetpriv) {
            assumeTrue(false, "setpriv is not available: " + noSetpriv.getMessage());
            return;
        }
        assumeTrue(probe.exitCode() == 0 && probe.stdout().strip().equals("2"),
                "nobody cannot run bin/nu-ebpf from this checkout (file permissions): " + probe.stderr());

        LauncherAccess.Result r = asNobody(LauncherAccess.nuEbpf().toString(), "-c",
                "ebpf attach 'tracepoint:syscalls/sys_enter_openat' {|| bpf-comm | bpf-count }");
        assertEquals(1, r.exitCode(), r.stdout() + r.stderr());
        String err = r.stderr();
        assertTrue(err.contains("nu::ebpf::permission_denied"), err);
        assertTrue(err.contains("`ebpf attach` needs root or CAP_BPF and CAP_PERFMON") && err.contains("CAP_BPF") && err.contains("CAP_PERFMON"),
                "names what is needed: " + err);
        assertFalse(err.contains("\tat ") || err.contains("internal error"), "no Java trace, not a bug report: " + err);
    }
}
