package dev.nuebpf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code bin/nu-ebpf} as a user runs it: {@code -c}, errors and exit codes, stdin, the conformance server. */
class LauncherTest {
    private static Launcher.Result run(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Launcher.nuEbpf().toString()));
        cmd.addAll(List.of(args));
        return Launcher.run(cmd, Launcher.root(), 120);
    }

    @Test void snippetPrintsItsValue() throws Exception {
        Launcher.Result r = run("-c", "[1 2 3] | each {|x| $x * 2 } | math sum");
        assertEquals("12\n", r.stdout());
        assertEquals("", r.stderr());
        assertEquals(0, r.exit());
    }

    @Test void syntaxErrorIsADiagnosticAndStatusOne() throws Exception {
        Launcher.Result r = run("-c", "let x = ; 1");
        assertEquals(1, r.exit());
        assertEquals("", r.stdout());
        assertTrue(r.stderr().startsWith("Error: nu::parser::"), r.stderr());
        assertTrue(r.stderr().contains(" 1 | let x = ; 1\n"), "the source line is shown: " + r.stderr());
        assertFalse(r.stderr().contains("Exception") || r.stderr().contains("\tat "), "no Java stack trace: " + r.stderr());
    }

    @Test void exitEndsTheShellWithItsCode() throws Exception {
        Launcher.Result r = run("-c", "print before; def f [] { exit 4 }; try { f } catch { print caught }; print after");
        assertEquals("before\n", r.stdout(), "exit is not caught by try and ends the snippet");
        assertEquals(4, r.exit());
        assertEquals(0, run("-c", "exit").exit());
        assertEquals(6, run("-c", "[1 2] | each {|x| if $x == 2 { exit 6 } }").exit());
    }

    @Test void exitInPipedEntriesStopsReading() throws Exception {
        Path in = Files.createTempFile("entries", ".nu");
        try {
            Files.writeString(in, "print a\nexit 5\nprint b\n");
            ProcessBuilder pb = new ProcessBuilder(Launcher.nuEbpf().toString()).redirectInput(in.toFile());
            pb.environment().put("NU_EBPF_NO_BUILD", "1");
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes());
            assertEquals(5, p.waitFor());
            assertEquals("a\n", out);
        } finally {
            Files.deleteIfExists(in);
        }
    }

    @Test void unknownOptionIsAUsageError() throws Exception {
        Launcher.Result r = run("--frobnicate");
        assertEquals(1, r.exit());
        assertTrue(r.stderr().contains("unknown option --frobnicate"), r.stderr());
    }

    @Test void stdinEntriesAreEvaluated() throws Exception {
        Path in = Files.createTempFile("entries", ".nu");
        try {
            Files.writeString(in, "let x = [1\n2 3]\n$x | math sum\n");
            ProcessBuilder pb = new ProcessBuilder(Launcher.nuEbpf().toString()).redirectInput(in.toFile());
            pb.environment().put("NU_EBPF_NO_BUILD", "1");
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor());
            assertEquals("6\n", out);
        } finally {
            Files.deleteIfExists(in);
        }
    }

    @Test void conformanceServerAnswersEachLine() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Launcher.nuEbpf().toString(), "--conformance-server");
        pb.environment().put("NU_EBPF_NO_BUILD", "1");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        p.getOutputStream().write(("{\"id\": \"a\", \"src\": \"[1 2] | append 3\"}\n"
                + "{\"id\": \"b\", \"src\": \"print 'noise'; 1 + \"}\n"
                + "{\"id\": \"c\", \"src\": \"{x: 1.5}\"}\n").getBytes());
        p.getOutputStream().close();
        List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
        assertEquals(0, p.waitFor());
        assertEquals(3, lines.size(), "one answer per request, nothing else on stdout: " + lines);
        assertEquals("{\"id\":\"a\",\"ok\":true,\"nuon\":\"[1, 2, 3]\"}", lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"id\":\"b\",\"ok\":false,"), lines.get(1));
        assertEquals("{\"id\":\"c\",\"ok\":true,\"nuon\":\"{x: 1.5}\"}", lines.get(2));
    }
}
