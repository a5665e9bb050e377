package dev.nuebpf.repl;

import dev.nuebpf.truffle.EvalResult;
import dev.nuebpf.truffle.Shell;
import dev.nuebpf.truffle.ShellOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive shell. On a terminal: jline with line editing, persistent history, multi-line entries while
 * brackets are open, completion, highlighting and history hints; Ctrl-C cancels the running pipeline (or the
 * line being edited), Ctrl-D on an empty line exits. Without a terminal on stdin it evaluates the entries it
 * reads, printing each result, so {@code echo '1 + 1' | nu-ebpf} prints 2.
 */
final class Repl {
    private Repl() {}

    static int start(Terminal term) {
        return term.stdinTty() ? interactive() : piped(term);
    }

    /** Reads entries from a non-terminal stdin; exit status 1 if any entry failed. */
    private static int piped(Terminal term) {
        PrintStream out = Main.utf8(System.out);
        Printer printer = new Printer(out, Main.utf8(System.err), term::columns, term.stderrTty(), term.stdoutTty());
        int status = 0;
        try (Shell shell = Shell.create(ShellOptions.defaults().withStdout(out));
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            StringBuilder entry = new StringBuilder();
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                if (!entry.isEmpty()) entry.append('\n');
                entry.append(line);
                if (Brackets.incomplete(entry.toString())) continue;
                if (!entry.toString().isBlank()) {
                    EvalResult r = evalAndPrint(shell, printer, entry.toString(), "repl_entry #" + (++n));
                    if (r != null && r.exitRequested() != null) return r.exitCode();
                    if (r == null || !r.ok()) status = 1;
                }
                entry.setLength(0);
            }
            if (!entry.toString().isBlank()) {
                EvalResult r = evalAndPrint(shell, printer, entry.toString(), "repl_entry #" + (++n));
                if (r != null && r.exitRequested() != null) return r.exitCode();
                if (r == null || !r.ok()) status = 1;
            }
        } catch (IOException e) {
            printer.printInternal(e);
            return 1;
        }
        return status;
    }

    /** Evaluates and prints one entry; null after an internal error (already reported). */
    private static EvalResult evalAndPrint(Shell shell, Printer printer, String src, String name) {
        try {
            EvalResult r = shell.eval(src, name);
            printer.print(r);
            return r;
        } catch (Throwable t) {
            printer.printInternal(t);
            return null;
        }
    }

    private static int interactive() {
        try (org.jline.terminal.Terminal terminal = TerminalBuilder.builder().system(true).name("nu-ebpf").build()) {
            PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
            try (Shell shell = Shell.create(ShellOptions.defaults().withStdout(out).withStderr(out).withInteractive(true))) {
                Path history = historyFile();
                NuCompleter completer = new NuCompleter(shell);
                LineReader reader = LineReaderBuilder.builder()
                        .terminal(terminal)
                        .appName("nu-ebpf")
                        .parser(new NuLineParser())
                        .completer(completer)
                        .highlighter(new NuHighlighter(shell))
                        .variable(LineReader.HISTORY_FILE, history)
                        .variable(LineReader.HISTORY_SIZE, 10_000)
                        .variable(LineReader.SECONDARY_PROMPT_PATTERN, "::: ")
                        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                        .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                        .build();
                new org.jline.widget.AutosuggestionWidgets(reader).enable();
                Printer printer = new Printer(out, out, () -> Math.max(20, terminal.getWidth()), true, true);
                int n = 0;
                int status = 0;
                while (true) {
                    String line;
                    try {
                        line = reader.readLine(prompt(shell));
                    } catch (UserInterruptException e) {
                        continue; // Ctrl-C while editing: drop the line
                    } catch (EndOfFileException e) {
                        break; // Ctrl-D
                    }
                    if (line.isBlank()) continue;
                    // Commands that print tables (print, table) read the width from these properties.
                    System.setProperty("nuebpf.stdout.tty", "true");
                    System.setProperty("nuebpf.columns", Integer.toString(Math.max(20, terminal.getWidth())));
                    var previous = terminal.handle(org.jline.terminal.Terminal.Signal.INT, s -> {
                        // The terminal echoed ^C: what follows (the interrupted error) starts on its own line.
                        out.println();
                        shell.interrupt();
                    });
                    EvalResult r;
                    try {
                        r = evalAndPrint(shell, printer, line, "repl_entry #" + (++n));
                    } finally {
                        terminal.handle(org.jline.terminal.Terminal.Signal.INT, previous);
                    }
                    if (r != null && r.exitRequested() != null) {
                        status = r.exitCode();
                        break;
                    }
                    if (r != null && r.ok()) completer.learn(line);
                }
                try {
                    reader.getHistory().save();
                } catch (IOException ignored) {
                    // History is a convenience; losing it must not turn exit into an error.
                }
                return status;
            }
        } catch (IOException e) {
            System.err.println("nu-ebpf: cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }

    private static Path historyFile() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        String home = System.getenv("HOME"); // like nu, $HOME wins over the password database's home
        if (home == null || home.isEmpty()) home = System.getProperty("user.home");
        Path dir = (xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(home, ".config")).resolve("nu-ebpf");
        try {
            Files.createDirectories(dir);
        } catch (IOException ignored) {
            // Without a writable config directory history simply is not kept.
        }
        return dir.resolve("history.txt");
    }

    private static String prompt(Shell shell) {
        String cwd = Path.of("").toAbsolutePath().toString();
        var pwd = shell.env("PWD");
        if (pwd instanceof dev.nuebpf.runtime.Value.Str s) cwd = s.value();
        String home = System.getProperty("user.home");
        if (home != null && cwd.startsWith(home)) cwd = "~" + cwd.substring(home.length());
        return "\u001b[32;1m" + cwd + "\u001b[0m> ";
    }
}
