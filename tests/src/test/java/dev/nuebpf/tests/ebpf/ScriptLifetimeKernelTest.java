package dev.nuebpf.tests.ebpf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A script that attaches a probe leaves nothing loaded however it ends: finishing, Ctrl-C, SIGTERM or SIGKILL. */
class ScriptLifetimeKernelTest {
    @TempDir static Path dir;
    static Path script;

    @BeforeAll static void setUp() throws Exception {
        Workloads.need(Workloads.root(), "needs root to load BPF programs");
        // not a kernel feature: skips (even on CI) only until the interpreter lands, then these tests run
        org.junit.jupiter.api.Assumptions.assumeTrue(SeedSession.interpreterEvaluates(),
                "the interpreter cannot evaluate yet (being finished in parallel)");
        script = dir.resolve("attach.nu");
        Files.writeString(script, """
                let id = ebpf attach 'tracepoint:syscalls/sys_enter_getppid' {|| bpf-comm | bpf-count }
                print $"ready (ebpf list | get 0.prog_id)"
                sleep 60sec
                """);
    }

    private static Process start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "dev.nuebpf.repl.Main", script.toString())).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static boolean loaded(String progId) throws Exception {
        Process p = new ProcessBuilder("bpftool", "prog", "show", "id", progId).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    private static void endsClean(String signal) throws Exception {
        Workloads.need(Files.isExecutable(Path.of("/usr/sbin/bpftool")) || Files.isExecutable(Path.of("/usr/bin/bpftool")), "needs bpftool");
        Process p = start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()));
        String ready = out.readLine();
        assertTrue(ready != null && ready.startsWith("ready "), "script attached: " + ready);
        String prog = ready.substring(6).trim();
        assertTrue(loaded(prog));
        new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the script ended on SIG" + signal);
        for (int i = 0; i < 50 && loaded(prog); i++) Thread.sleep(100);
        assertFalse(loaded(prog), "program " + prog + " is gone after SIG" + signal);
    }

    @Test void ctrlC() throws Exception { endsClean("INT"); }

    @Test void sigterm() throws Exception { endsClean("TERM"); }

    @Test void sigkill() throws Exception { endsClean("KILL"); }
}
