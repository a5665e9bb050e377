package dev.nuebpf.tests.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.truffle.EvalResult;
import dev.nuebpf.truffle.Shell;
import dev.nuebpf.truffle.ShellOptions;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Shell.evalIsolated on arbitrary text: every outcome is a value or a diagnostic that is not an internal error,
 * and a run that takes too long stops when interrupted (Ctrl-C must work). Inputs that could touch the machine
 * (files, processes, the kernel, the network) or loop/allocate without bound are skipped, not run.
 */
class InterpreterFuzzTest {
    /** Commands the fuzzer must not run: they write files, run programs, block, or never end. */
    static final Set<String> UNSAFE = Set.of("rm", "mv", "cp", "save", "mkdir", "touch", "cd", "exit", "ebpf", "sleep",
            "input", "watch", "kill", "job", "exec", "run-external", "start", "http", "port", "source", "source-env", "use",
            "overlay", "open", "ls", "du", "glob", "ps", "sys", "loop", "while", "generate", "tee", "complete", "config",
            "plugin", "register", "term", "clear", "cal", "random", "mktemp", "umask", "ulimit", "chmod", "chown", "which",
            "nu-check", "run", "hide-env", "load-env", "with-env", "metadata", "debug", "explain", "inspect", "view", "bench",
            "env", "PATH", "Path");
    static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    /** Unbounded ranges, huge numbers and huge file sizes would make the fuzzer measure allocation, not logic. */
    static final Pattern HUGE = Pattern.compile("\\.\\.(?![0-9(<$-])|[0-9]{6,}|[0-9]\\s*(?i:[mgtpe]i?b)|\\*\\*|\\^|bpf-|(?:^|[\\s|;{(])[.~]*/(?=[\\w.-])");

    static final long TIMEOUT_SECONDS = 10;
    private static ExecutorService worker;
    private static Shell shell;

    @BeforeAll
    static void start() throws Exception {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-eval");
            t.setDaemon(true);
            return t;
        });
        Path cwd = Files.createTempDirectory("nu-fuzz");
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        // the shell is created and used on the worker thread only: a polyglot context stays with its thread
        shell = worker.submit(() -> Shell.create(ShellOptions.defaults().withCwd(cwd).withStdout(sink).withStderr(sink)
                .withStdin(java.io.InputStream.nullInputStream()))).get();
    }

    @AfterAll
    static void stop() throws Exception {
        worker.submit(() -> shell.close()).get(30, TimeUnit.SECONDS);
        worker.shutdownNow();
    }

    static boolean safe(String src) {
        if (HUGE.matcher(src).find()) return false;
        Matcher m = WORD.matcher(src);
        while (m.find()) if (UNSAFE.contains(m.group())) return false;
        return true;
    }

    @FuzzTest(maxDuration = "40s", maxExecutions = 60000)
    void eval(byte[] data) throws Exception {
        String src = FuzzInput.text(data);
        if (!safe(src)) return;
        // an unknown word runs as an external program: with no PATH (and paths refused above) none can be found
        Future<EvalResult> f = worker.submit(() -> shell.evalIsolated("$env.PATH = []\n" + src));
        EvalResult r;
        try {
            r = f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            shell.interrupt();
            try {
                r = f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException stuck) {
                throw new AssertionError("does not stop when interrupted: `" + FuzzInput.shown(src) + "`");
            }
        }
        for (Diagnostic d : r.errors())
            if (d.code() != null && d.code().endsWith("internal_error"))
                throw new AssertionError("internal error for `" + FuzzInput.shown(src) + "`: " + d.message());
    }
}
