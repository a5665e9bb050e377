package dev.nuebpf.ebpf.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.compile.CompiledProbe;
import dev.nuebpf.ebpf.compile.CounterKeyKind;
import dev.nuebpf.ebpf.compile.MapRole;
import dev.nuebpf.ebpf.compile.MapSpec;
import dev.nuebpf.ebpf.compile.MapType;
import dev.nuebpf.ebpf.link.AttachPlan;
import dev.nuebpf.ebpf.link.Attacher;
import dev.nuebpf.ebpf.probe.ProbeSpec;
import dev.nuebpf.ebpf.runtime.Probe;
import dev.nuebpf.ebpf.runtime.ProbeLauncher;
import dev.nuebpf.ebpf.runtime.ProbeRegistry;
import dev.nuebpf.runtime.Value;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Probes of two shells (JVMs) at once are independent; a killed or exiting shell leaves nothing attached. */
class ShellLifetimeTest {
    static final int N = 1500;
    @TempDir static Path dir;
    static Path workload, elf;

    @BeforeAll static void setUp() throws Exception {
        KernelTestSupport.requireRoot();
        KernelTestSupport.need(KernelTestSupport.onPath("bpftool"), "needs bpftool to see what is loaded");
        workload = KernelTestSupport.gccStatic(dir, "nuwl_getppid", KernelTestSupport.GETPPID_WORKLOAD);
        elf = dir.resolve("counter.o");
        Files.write(elf, KernelTestSupport.clangBpf(dir, "counter", TestObjects.GETPPID_TP));
    }

    private static Process child() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), ChildShell.class.getName(), elf.toString()));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static boolean progLoaded(int id) throws Exception {
        Process p = new ProcessBuilder("bpftool", "prog", "show", "id", Integer.toString(id)).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    private static long parentCount(Probe p) {
        return p.counters().stream().filter(c -> c.key().equals(Value.of("nuwl_getppid"))).mapToLong(Probe.Counter::count).sum();
    }

    void twoShells(boolean kill) throws Exception {
        ProbeRegistry reg = new ProbeRegistry();
        AttachPlan plan = Attacher.plan(ProbeSpec.parse("tracepoint:syscalls/sys_enter_getppid", Span.UNKNOWN));
        Probe mine = ProbeLauncher.launch(reg, plan, new CompiledProbe(Files.readAllBytes(elf), plan.target(), "c",
                List.of(new MapSpec("counts", MapType.HASH, 16, 8, 1024, MapRole.COUNTERS)), null, CounterKeyKind.COMM, "", 0, List.of()));
        Process c = child();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(c.getInputStream()));
            PrintStream in = new PrintStream(c.getOutputStream(), true);
            String ready = out.readLine();
            assertTrue(ready != null && ready.startsWith("ready "), "child attached: " + ready);
            int childProg = Integer.parseInt(ready.substring(6));
            assertTrue(progLoaded(childProg));

            KernelTestSupport.runWorkload(workload, N);
            in.println("count");
            assertEquals(Long.toString(N), out.readLine(), "the child's probe counted exactly");
            assertEquals(N, parentCount(mine), "the parent's probe counted exactly");

            if (kill) c.destroyForcibly(); else c.getOutputStream().close();
            assertTrue(c.waitFor(30, TimeUnit.SECONDS));
            for (int i = 0; i < 50 && progLoaded(childProg); i++) Thread.sleep(100); // the kernel frees programs asynchronously
            assertFalse(progLoaded(childProg), "the child's program is gone after it " + (kill ? "was killed" : "exited"));

            KernelTestSupport.runWorkload(workload, N);
            assertEquals(2L * N, parentCount(mine), "the parent's probe is unaffected");
        } finally {
            c.destroyForcibly();
            reg.detachAll();
        }
        for (int i = 0; i < 50 && progLoaded(mine.programId()); i++) Thread.sleep(100);
        assertFalse(progLoaded(mine.programId()), "detachAll unloads the parent's program");
    }

    @Test void killedShellLeavesNothing() throws Exception { twoShells(true); }

    @Test void exitingShellLeavesNothing() throws Exception { twoShells(false); }
}
