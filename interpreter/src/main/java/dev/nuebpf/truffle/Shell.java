package dev.nuebpf.truffle;

import dev.nuebpf.command.Command;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.CommandShapes;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * The plain-Java entry point the REPL, the launcher and the conformance server use. It owns one
 * polyglot context of the {@code nu} language; REPL lines evaluated with {@link #eval} share definitions,
 * variables and the environment, while {@link #evalIsolated} runs each snippet in a fresh scope.
 * Not thread-safe except {@link #interrupt()}, which may be called from any thread (Ctrl-C handler).
 */
public final class Shell implements AutoCloseable {
    private final ShellOptions options;

    private Shell(ShellOptions options) {
        this.options = options;
    }

    public static Shell create(ShellOptions options) { return new Shell(options); }

    public ShellOptions options() { return options; }

    /** Evaluates a REPL line or a {@code -c} snippet; definitions, variables and env changes persist. */
    public EvalResult eval(String src, String sourceName) {
        return EvalResult.error(Diagnostic.builder("nu::shell::error", "interpreter not implemented yet").build());
    }

    /** Runs a script file, then its {@code def main} (if any) with {@code args} parsed against main's signature. */
    public EvalResult runScript(Path file, List<String> args) {
        return EvalResult.error(Diagnostic.builder("nu::shell::error", "interpreter not implemented yet").build());
    }

    /**
     * Evaluates {@code src} as the body of {@code do { ... }} in a fresh scope (nothing defined by earlier
     * calls is visible, nothing defined here survives); a stream result is collected into a list.
     */
    public EvalResult evalIsolated(String src) {
        return EvalResult.error(Diagnostic.builder("nu::shell::error", "interpreter not implemented yet").build());
    }

    /** Cancels the running pipeline (Ctrl-C); the shell stays usable. Safe from any thread. */
    public void interrupt() {}

    /** Signature-derived shapes of every known command (built-ins and defs of this session): completion, highlighting. */
    public CommandShapes shapes() { return CommandShapes.NONE; }

    /** All built-in commands. */
    public Collection<Command> commands() { return List.of(); }

    /** An environment variable of the session, or null. */
    public Value env(String name) { return null; }

    @Override public void close() {}
}
