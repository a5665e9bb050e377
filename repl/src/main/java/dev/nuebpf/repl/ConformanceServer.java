package dev.nuebpf.repl;

import dev.nuebpf.format.Nuon;
import dev.nuebpf.truffle.EvalResult;
import dev.nuebpf.truffle.Shell;
import dev.nuebpf.truffle.ShellOptions;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The conformance harness's server mode (../shared/conformance/README.md): one JSON request per line,
 * each evaluated as {@code do { src }} in a fresh scope, one JSON answer per line with the value as NUON.
 * Stdout carries answers only (anything a case prints goes to stderr), and no single case may end the
 * server: every failure, even a JVM error such as a stack overflow, becomes an {@code ok: false} answer.
 */
final class ConformanceServer {
    private ConformanceServer() {}

    static int serve() {
        PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream log = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(log);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Shell shell = Shell.create(ShellOptions.defaults().withStdout(log).withStderr(log)
                .withStdin(InputStream.nullInputStream()));
        try {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                answers.print(answer(shell, line));
                answers.print('\n');
                answers.flush();
            }
        } catch (Throwable t) {
            log.println("conformance server: " + t);
            return 1;
        }
        return 0;
    }

    static String answer(Shell shell, String line) {
        String id = "";
        try {
            Map<String, String> req = Json.readObject(line);
            id = req.getOrDefault("id", "");
            String src = req.get("src");
            if (src == null) return error(id, "request has no src");
            EvalResult r = shell.evalIsolated(src);
            if (!r.ok()) {
                var d = r.error();
                return error(id, (d.code() == null ? "" : d.code() + ": ") + d.message());
            }
            String nuon = Nuon.write(r.value() == null ? dev.nuebpf.runtime.Value.NOTHING : r.value());
            return "{\"id\":" + Json.quote(id) + ",\"ok\":true,\"nuon\":" + Json.quote(nuon) + "}";
        } catch (StackOverflowError e) {
            return error(id, "stack overflow (recursion too deep)");
        } catch (Throwable t) {
            return error(id, "internal error: " + t);
        }
    }

    private static String error(String id, String message) {
        return "{\"id\":" + Json.quote(id) + ",\"ok\":false,\"error\":" + Json.quote(message) + "}";
    }
}
