package dev.nuebpf.repl;

import dev.nuebpf.truffle.EvalResult;
import dev.nuebpf.truffle.Shell;
import dev.nuebpf.truffle.ShellOptions;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code nu-ebpf} command line, shaped like nu's: no arguments starts the REPL (or, when stdin is not a
 * terminal, evaluates the lines it reads), {@code nu-ebpf script.nu args...} runs a script and its
 * {@code def main}, {@code -c CODE} evaluates a snippet and prints its value, {@code --conformance-server}
 * serves the JSON-lines protocol of the conformance harness.
 */
public final class Main {
    private Main() {}

    static final String USAGE = """
            nu-ebpf: a Nushell-compatible shell on the JVM whose closures compile to eBPF.

            Usage:
              nu-ebpf                          interactive shell (reads lines from stdin when it is not a terminal)
              nu-ebpf <script.nu> [args...]    run a script (its `def main` receives the arguments)
              nu-ebpf -c '<code>'              run code and print its result
              nu-ebpf --conformance-server     JSON-lines evaluation server for the conformance harness

            Options:
              -c, --commands <code>   code to run
              -n, --no-config-file    accepted for compatibility with nu (nu-ebpf reads no config file)
              -h, --help              this help
              -v, --version           print the version
            """;

    public static void main(String[] argv) {
        int code = run(argv);
        System.out.flush();
        System.err.flush();
        // Returning ends the JVM the same way once only daemon threads are left, without System.exit's first
        // lookup of a logger, which scans every jar on the class path (~15 ms of each short run).
        if (code == 0 && onlyDaemonThreadsLeft()) return;
        System.exit(code);
    }

    private static boolean onlyDaemonThreadsLeft() {
        ThreadGroup g = Thread.currentThread().getThreadGroup();
        Thread[] threads = new Thread[g.activeCount() + 8];
        int n = g.enumerate(threads, true);
        for (int i = 0; i < n; i++) {
            if (threads[i] != Thread.currentThread() && !threads[i].isDaemon() && threads[i].isAlive()) return false;
        }
        return true;
    }

    static int run(String[] argv) {
        String code = null;
        boolean server = false;
        Path script = null;
        List<String> scriptArgs = new ArrayList<>();
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            if (script != null) {
                scriptArgs.add(a);
                continue;
            }
            switch (a) {
                case "-c", "--commands" -> {
                    if (i + 1 >= argv.length) return usageError("-c needs the code to run");
                    code = argv[++i];
                }
                case "--conformance-server" -> server = true;
                case "-n", "--no-config-file", "--no-std-lib", "--no-history" -> { }
                case "-h", "--help" -> {
                    System.out.print(USAGE);
                    return 0;
                }
                case "-v", "--version" -> {
                    System.out.println(version());
                    return 0;
                }
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) return usageError("unknown option " + a);
                    script = Path.of(a);
                }
            }
        }
        Warmup.start(code != null ? code : script != null ? Warmup.peek(script) : null);
        dev.nuebpf.truffle.CommandRegistry.presetProviders(BuiltinProviders.all());
        if (server) return ConformanceServer.serve();
        Terminal term = Terminal.fromSystem();
        if (code != null) return runCode(code, script == null ? scriptArgs : prepend(script.toString(), scriptArgs), term);
        if (script != null) return runScript(script, scriptArgs, term);
        return Repl.start(term);
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static int usageError(String message) {
        System.err.println("Error: " + message);
        System.err.println();
        System.err.print(USAGE);
        return 1;
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return "nu-ebpf " + (v == null ? "0.1.0-SNAPSHOT" : v) + " (Nushell 0.115.1 compatible)";
    }

    private static int runCode(String code, List<String> args, Terminal term) {
        PrintStream out = utf8(System.out);
        Printer printer = new Printer(out, utf8(System.err), term::columns, term.stderrTty(), term.stdoutTty());
        try (Shell shell = Shell.create(ShellOptions.defaults().withStdout(out).withArgs(args))) {
            Interrupts.install(shell);
            return printer.print(shell.eval(code, "source"));
        } catch (Throwable t) {
            printer.printInternal(t);
            return 1;
        }
    }

    private static int runScript(Path script, List<String> args, Terminal term) {
        PrintStream out = utf8(System.out);
        Printer printer = new Printer(out, utf8(System.err), term::columns, term.stderrTty(), term.stdoutTty());
        if (!Files.isRegularFile(script)) {
            System.err.println("Error: nu::shell::file_not_found");
            System.err.println();
            System.err.println("  x File not found: " + script);
            System.err.println();
            return 1;
        }
        try (Shell shell = Shell.create(ShellOptions.defaults().withStdout(out).withArgs(args))) {
            Interrupts.install(shell);
            EvalResult r = shell.runScript(script, args, printer::printWithoutNewline);
            return printer.print(r);
        } catch (Throwable t) {
            printer.printInternal(t);
            return 1;
        }
    }

    static PrintStream utf8(PrintStream s) {
        return new PrintStream(s, true, StandardCharsets.UTF_8);
    }
}
