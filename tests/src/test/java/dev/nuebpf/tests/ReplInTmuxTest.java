package dev.nuebpf.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Uses the REPL as a person would: {@code bin/nu-ebpf} in a tmux pane, keys typed with send-keys, the screen
 * read with capture-pane. Covers a multi-line entry, a result, an error shown with its span, Ctrl-C while
 * editing, Ctrl-D to leave, and the history file written on exit.
 */
class ReplInTmuxTest {
    private final String session = "nuebpf-test-" + ProcessHandle.current().pid();
    private Path home;

    private static boolean hasTmux() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static String tmux(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("tmux"));
        cmd.addAll(List.of(args));
        Launcher.Result r = Launcher.run(cmd, Path.of("/"), 30);
        return r.stdout();
    }

    private String screen() throws Exception { return tmux("capture-pane", "-p", "-t", session); }

    private String waitFor(Predicate<String> ok, String what) throws Exception {
        long deadline = System.nanoTime() + 90_000_000_000L;
        String s = "";
        while (System.nanoTime() < deadline) {
            s = screen();
            if (ok.test(s)) return s;
            Thread.sleep(200);
        }
        throw new AssertionError("waited 90s for " + what + "; screen:\n" + s);
    }

    @AfterEach void cleanUp() throws Exception {
        if (hasTmux()) Launcher.run(List.of("tmux", "kill-session", "-t", session), Path.of("/"), 30);
    }

    @Test void typeEntriesLikeAPerson() throws Exception {
        assumeTrue(hasTmux(), "tmux is not installed (bin/test installs it)");
        home = Files.createTempDirectory("nu-home");
        String cmd = "env NU_EBPF_NO_BUILD=1 HOME=" + home + " XDG_CONFIG_HOME=" + home.resolve(".config") + " TERM=xterm-256color "
                + Launcher.nuEbpf() + "; sleep 30";
        tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "40", cmd);
        waitFor(s -> s.lines().anyMatch(l -> l.stripTrailing().endsWith(">")), "the prompt"); // capture-pane trims trailing blanks

        tmux("send-keys", "-t", session, "[1 2", "Enter");
        waitFor(s -> s.contains(":::"), "the continuation prompt of an open bracket");
        tmux("send-keys", "-t", session, "3] | length", "Enter");
        String s = waitFor(x -> x.lines().anyMatch(l -> l.strip().equals("3")), "the result 3");

        tmux("send-keys", "-t", session, "{a:1} | get b", "Enter");
        s = waitFor(x -> x.contains("column_not_found"), "the column error");
        assertTrue(s.contains("× Cannot find column 'b'"), s);
        assertTrue(s.contains("╰── column 'b' is missing in one or more values"), s);

        tmux("send-keys", "-t", session, "this line is dropped", "C-c");
        Thread.sleep(500);
        tmux("send-keys", "-t", session, "C-d");
        long gone = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < gone && !tmux("list-panes", "-t", session, "-F", "#{pane_current_command}").contains("sleep"))
            Thread.sleep(200);
        assertTrue(tmux("list-panes", "-t", session, "-F", "#{pane_current_command}").contains("sleep"),
                "Ctrl-D ends the REPL");
        long deadline = System.nanoTime() + 30_000_000_000L;
        Path history = home.resolve(".config/nu-ebpf/history.txt");
        while (System.nanoTime() < deadline && !Files.exists(history)) Thread.sleep(200);
        assertTrue(Files.exists(history), "history file written");
        String h = Files.readString(history);
        assertTrue(h.contains("{a:1} | get b"), h);
        assertTrue(!h.contains("this line is dropped"), "a line cancelled with Ctrl-C is not in history: " + h);
    }

    /** Tab after {@code ebpf attach '} completes probe types and tracepoint names; {@code help} shows usage and examples. */
    @Test void completeAProbeTargetAndReadHelp() throws Exception {
        assumeTrue(hasTmux(), "tmux is not installed (bin/test installs it)");
        home = Files.createTempDirectory("nu-home");
        String cmd = "env NU_EBPF_NO_BUILD=1 HOME=" + home + " XDG_CONFIG_HOME=" + home.resolve(".config") + " TERM=xterm-256color "
                + Launcher.nuEbpf() + "; sleep 30";
        tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "50", cmd);
        waitFor(s -> s.lines().anyMatch(l -> l.stripTrailing().endsWith(">")), "the prompt");

        tmux("send-keys", "-t", session, "ebpf attach 'tracep", "Tab");
        waitFor(s -> s.contains("ebpf attach 'tracepoint:"), "the probe type completed");
        Path events = Path.of("/sys/kernel/tracing/available_events");
        if (Files.isReadable(events) && Files.readString(events).contains("syscalls:sys_enter_openat\n")) {
            tmux("send-keys", "-t", session, "syscalls/sys_enter_opena", "Tab");
            waitFor(s -> s.contains("ebpf attach 'tracepoint:syscalls/sys_enter_openat")
                    && s.contains("tracepoint:syscalls/sys_enter_openat2"), "the tracepoint completed from available_events");
        }
        tmux("send-keys", "-t", session, "C-c");
        Thread.sleep(1000);

        tmux("send-keys", "-t", session, "help str upcase", "Enter");
        String s = waitFor(x -> x.contains("Examples:"), "help's examples");
        assertTrue(s.contains("Usage:") && s.contains("> str upcase"), s);
        assertTrue(s.contains("> 'nu' | str upcase"), s);
        tmux("send-keys", "-t", session, "clear", "Enter");
        Thread.sleep(300);
        tmux("send-keys", "-t", session, "help commands | where name == 'ebpf attach' | get 0.name", "Enter");
        waitFor(x -> x.lines().anyMatch(l -> l.strip().equals("ebpf attach")), "help commands lists ebpf attach");
    }
}
