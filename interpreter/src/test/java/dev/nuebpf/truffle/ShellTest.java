package dev.nuebpf.truffle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuebpf.runtime.Value;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade front ends use: REPL persistence, isolation, scripts with main, interruption. */
class ShellTest {
    @Test void replLinesShareState() {
        try (Shell sh = Shell.create(ShellOptions.defaults())) {
            assertTrue(sh.eval("let a = 2; mut b = 3", null).ok());
            assertTrue(sh.eval("def twice [x] { $x * 2 }; $env.REPL_T = 1", null).ok());
            assertTrue(sh.eval("$b += 1", null).ok());
            EvalResult r = sh.eval("twice ($a + $b + $env.REPL_T)", null);
            assertTrue(r.ok(), () -> String.valueOf(r.error()));
            assertEquals(Value.of(14), r.value());
            assertTrue(sh.shapes().lookup("twice") != null);
        }
    }

    @Test void isolatedEvaluationsDoNotLeak() {
        try (Shell sh = Shell.create(ShellOptions.defaults())) {
            assertTrue(sh.evalIsolated("def leak [] { 1 }; let v = 1; $env.LEAK = 1").ok());
            assertFalse(sh.evalIsolated("$v").ok());
            assertEquals(Value.NOTHING, sh.evalIsolated("$env.LEAK?").value());
            assertFalse(sh.evalIsolated("leak").ok() && sh.evalIsolated("leak").value().equals(Value.of(1)));
        }
    }

    @Test void parseErrorsAreDiagnosticsWithSpans() {
        try (Shell sh = Shell.create(ShellOptions.defaults())) {
            EvalResult r = sh.eval("let x = ; 1", "t");
            assertFalse(r.ok());
            assertTrue(r.error().span() != null);
            assertEquals(1, r.exitCode());
        }
    }

    @Test void scriptMainGetsArguments(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("s.nu");
        Files.writeString(script, "def main [a: int, --name: string = 'x', --loud] { $'($name):($a + 1):($loud)' }\n");
        try (Shell sh = Shell.create(ShellOptions.defaults().withCwd(dir))) {
            EvalResult r = sh.runScript(script, List.of("41", "--name", "bob", "--loud"));
            assertTrue(r.ok(), () -> String.valueOf(r.error()));
            assertEquals(Value.of("bob:42:true"), r.value());
        }
    }

    @Test void scriptsSeeTheirOwnPath(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("where.nu");
        Files.writeString(script, "[$env.FILE_PWD $env.CURRENT_FILE]\n");
        try (Shell sh = Shell.create(ShellOptions.defaults().withCwd(dir))) {
            EvalResult r = sh.runScript(script, List.of());
            assertTrue(r.ok(), () -> String.valueOf(r.error()));
            Value.ListV l = (Value.ListV) r.value();
            assertEquals(Value.of(dir.toAbsolutePath().normalize().toString()), l.items().get(0));
            assertEquals(Value.of(script.toAbsolutePath().normalize().toString()), l.items().get(1));
        }
    }

    @Test void scriptSubcommandsOfMain(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("sub.nu");
        Files.writeString(script, "def 'main greet' [who] { $'hi ($who)' }\ndef main [] { 'plain' }\n");
        try (Shell sh = Shell.create(ShellOptions.defaults().withCwd(dir))) {
            assertEquals(Value.of("hi ann"), sh.runScript(script, List.of("greet", "ann")).value());
            assertEquals(Value.of("plain"), sh.runScript(script, List.of()).value());
        }
    }

    @Test void modulesAndSourceFromFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("greet.nu"),
                "export def hello [name] { $'hello ($name)' }\nexport const VERSION = '1.0'\nexport def main [] { 'main of greet' }\n");
        Files.writeString(dir.resolve("lib.nu"), "def helper [] { 42 }\n$env.SOURCED = 1\n");
        try (Shell sh = Shell.create(ShellOptions.defaults().withCwd(dir))) {
            assertEquals(Value.of("hello bob"), sh.evalIsolated("use greet.nu; greet hello bob").value());
            assertEquals(Value.of("hello amy"), sh.evalIsolated("use greet.nu *; hello amy").value());
            assertEquals(Value.of("main of greet"), sh.evalIsolated("use greet.nu; greet").value());
            assertEquals(Value.of("1.0"), sh.evalIsolated("use greet.nu; $greet.VERSION").value());
            assertEquals(Value.of(42), sh.evalIsolated("source lib.nu; helper").value());
            assertEquals(Value.of(1), sh.evalIsolated("source lib.nu; $env.SOURCED").value());
            assertEquals("nu::parser::module_not_found", sh.evalIsolated("use nope.nu").error().code());
        }
    }

    @Test void printedExternalOutputStreamsToStdout() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Shell sh = Shell.create(ShellOptions.defaults().withStdout(new PrintStream(out, true)))) {
            EvalResult r = sh.eval("^sh -c 'echo streamed'", null);
            assertTrue(r.ok(), () -> String.valueOf(r.error()));
            assertEquals("streamed\n", out.toString());
        }
    }

    @Test void interruptStopsAnExternal() throws Exception {
        try (Shell sh = Shell.create(ShellOptions.defaults())) {
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException ignored) {
                    // test ends anyway
                }
                sh.interrupt();
            });
            t.start();
            long t0 = System.nanoTime();
            EvalResult r = sh.eval("^sleep 30", null);
            t.join();
            assertFalse(r.ok());
            assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "external was not stopped");
            assertEquals(Value.of(2), sh.eval("1 + 1", null).value());
        }
    }

    @Test void interruptStopsALoopButNotTheShell() throws Exception {
        try (Shell sh = Shell.create(ShellOptions.defaults())) {
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException ignored) {
                    // test ends anyway
                }
                sh.interrupt();
            });
            t.start();
            EvalResult r = sh.eval("loop { }", null);
            t.join();
            assertFalse(r.ok());
            assertEquals("nu::shell::interrupted", r.error().code());
            assertEquals(Value.of(2), sh.eval("1 + 1", null).value());
        }
    }
}
