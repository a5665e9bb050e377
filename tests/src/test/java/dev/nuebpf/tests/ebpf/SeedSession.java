package dev.nuebpf.tests.ebpf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.EvalResult;
import dev.nuebpf.truffle.Shell;
import dev.nuebpf.truffle.ShellOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs an example the way a user pastes it into the REPL: statement by statement in one session, keeping each
 * statement's value. While a {@code sleep} statement runs, a workload runs beside it (the traffic the example observes).
 */
final class SeedSession implements AutoCloseable {
    final Shell shell;
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    SeedSession(Path cwd) {
        shell = Shell.create(ShellOptions.defaults().withCwd(cwd).withStderr(new PrintStream(err, true)));
    }

    /** True when the interpreter evaluates at all. */
    static boolean interpreterEvaluates() {
        try (Shell s = Shell.create(ShellOptions.defaults())) {
            EvalResult r = s.eval("1 + 1", "probe");
            return r.ok() && Value.of(2).equals(r.value());
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * True when the interpreter can run these sessions: it evaluates, and a {@code let} of one eval is visible in the
     * next, as in the REPL (both are being finished in parallel with this test).
     */
    static boolean interpreterReady() {
        try (Shell s = Shell.create(ShellOptions.defaults())) {
            EvalResult a = s.eval("let x = 1 + 1", "probe");
            EvalResult r = s.eval("$x", "probe");
            return a.ok() && r.ok() && Value.of(2).equals(r.value());
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Splits an example into top-level statements (a statement ends at a line where brackets balance). */
    static List<String> statements(String example) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (String line : example.split("\n")) {
            String t = line.strip();
            if (depth == 0 && (t.isEmpty() || t.startsWith("#"))) continue;
            cur.append(line).append('\n');
            for (char c : line.toCharArray()) {
                if (c == '{' || c == '(' || c == '[') depth++;
                if (c == '}' || c == ')' || c == ']') depth--;
            }
            if (depth == 0) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            }
        }
        return out;
    }

    /** Evaluates every statement; returns their values. {@code workload} runs during each sleep. */
    List<Value> run(String example, Callable<Long> workload, long[] pidOut) throws Exception {
        List<Value> values = new ArrayList<>();
        for (String st : statements(example)) {
            Thread t = null;
            if (st.startsWith("sleep ") && workload != null) {
                t = new Thread(() -> {
                    try {
                        Thread.sleep(200);
                        pidOut[0] = workload.call();
                    } catch (Exception e) {
                        pidOut[0] = -1;
                    }
                });
                t.start();
            }
            EvalResult r = shell.eval(st, "example");
            if (t != null) t.join();
            assertTrue(r.ok(), () -> "`" + st + "` failed: " + r.errors() + "\nstderr: " + err);
            values.add(r.value());
        }
        return values;
    }

    @Override public void close() { shell.close(); }
}
