package dev.nuebpf.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuebpf.truffle.Shell;
import dev.nuebpf.truffle.ShellOptions;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The protocol of ../shared/conformance/README.md: answers per request, isolation, never dying. */
class ConformanceServerTest {
    private static Shell shell;

    @BeforeAll static void start() {
        shell = Shell.create(ShellOptions.defaults().withStdout(System.err).withStdin(InputStream.nullInputStream()));
    }

    @AfterAll static void stop() { shell.close(); }

    private static Map<String, String> ask(String id, String src) {
        String answer = ConformanceServer.answer(shell, "{\"id\": " + Json.quote(id) + ", \"src\": " + Json.quote(src) + "}");
        assertTrue(!answer.contains("\n"), "one line per answer: " + answer);
        return Json.readObject(answer);
    }

    @Test void valueAsNuon() {
        Map<String, String> a = ask("v1", "1 + 2");
        assertEquals("v1", a.get("id"));
        assertEquals("3", a.get("nuon"));
    }

    @Test void errorsAreAnswersNotCrashes() {
        String answer = ConformanceServer.answer(shell, "{\"id\": \"e1\", \"src\": \"1 + 'a'\"}");
        assertTrue(answer.startsWith("{\"id\":\"e1\",\"ok\":false,\"error\":"), answer);
        answer = ConformanceServer.answer(shell, "{\"id\": \"e2\", \"src\": \"def f [] { f }; f\"}");
        assertTrue(answer.contains("\"ok\":false"), "unbounded recursion is an error answer: " + answer);
        answer = ConformanceServer.answer(shell, "garbage");
        assertTrue(answer.contains("\"ok\":false"), answer);
    }

    @Test void casesAreIsolated() {
        ask("i1", "def leak [] { 1 }; let leaked = 5; 0");
        Map<String, String> a = ask("i2", "$leaked");
        assertEquals(null, a.get("nuon"), "a variable from an earlier case is not visible");
        a = ask("i3", "leak");
        assertEquals(null, a.get("nuon"), "a def from an earlier case is not visible");
    }
}
