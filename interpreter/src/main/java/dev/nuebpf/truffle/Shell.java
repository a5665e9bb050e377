package dev.nuebpf.truffle;

import com.oracle.truffle.api.RootCallTarget;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Source;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.CommandShapes;
import dev.nuebpf.syntax.ParseResult;
import dev.nuebpf.truffle.nodes.control.BlockNode;
import dev.nuebpf.truffle.translate.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.graalvm.polyglot.Context;

/**
 * The plain-Java entry point the REPL, the launcher and the conformance server use. It owns one
 * polyglot context of the {@code nu} language (or, in the launcher's interpreter mode, runs without one:
 * {@link #createStandalone}); REPL lines evaluated with {@link #eval} share definitions,
 * variables and the environment, while {@link #evalIsolated} runs each snippet in a fresh scope.
 * Not thread-safe except {@link #interrupt()}, which may be called from any thread (Ctrl-C handler).
 */
public final class Shell implements AutoCloseable {
    private final ShellOptions options;
    private final Context polyglot;
    private final NuContext ctx;
    private volatile Thread evalThread;
    private int replCounter;

    private Shell(ShellOptions options) {
        this.options = options;
        this.polyglot = Context.newBuilder(NuLanguage.ID)
                .out(options.stdout()).err(options.stderr()).in(options.stdin())
                .allowAllAccess(true)
                .option("engine.WarnInterpreterOnly", "false")
                .build();
        polyglot.initialize(NuLanguage.ID);
        polyglot.enter();
        try {
            this.ctx = NuContext.get(null);
            ctx.configure(options);
        } finally {
            polyglot.leave();
        }
    }

    private Shell(ShellOptions options, NuContext standalone) {
        this.options = options;
        this.polyglot = null;
        this.ctx = standalone;
    }

    /**
     * A shell in its own polyglot context, or without one when the launcher asks for that
     * ({@code -Dnuebpf.standalone=true}, interpreter mode): see {@link #createStandalone}.
     */
    public static Shell create(ShellOptions options) {
        if (Boolean.getBoolean("nuebpf.standalone")) {
            Shell s = createStandalone(options);
            if (s != null) return s;
        }
        return new Shell(options);
    }

    /**
     * A shell whose nodes run without a polyglot engine (Truffle's fallback runtime calls them directly).
     * Building the engine is a third of the command-line shell's start-up and buys nothing there: no
     * other languages, no optimizing compiler. One per JVM at a time (nodes find it through a static), and
     * not beside polyglot contexts of the language; null if one is already open.
     */
    public static Shell createStandalone(ShellOptions options) {
        NuContext c = NuContext.createStandalone(options);
        return c == null ? null : new Shell(options, c);
    }

    /** Whether this shell runs without a polyglot engine. */
    public boolean standalone() { return polyglot == null; }

    public ShellOptions options() { return options; }

    /** Evaluates a REPL line or a {@code -c} snippet; definitions, variables and env changes persist. */
    public EvalResult eval(String src, String sourceName) {
        Source source = new Source(sourceName == null ? "repl entry #" + (++replCounter) : sourceName, src);
        return run(source, ctx.session(), false);
    }

    /** Runs a script file, then its {@code def main} (if any) with {@code args} parsed against main's signature. */
    public EvalResult runScript(Path file, List<String> args) {
        return runScript(file, args, v -> { });
    }

    /**
     * Like {@link #runScript(Path, List)}; when the script has a {@code def main}, its own top-level value (if
     * any) goes to {@code topLevel} before main runs, as nu prints it (without a newline) ahead of main's output.
     */
    public EvalResult runScript(Path file, List<String> args, java.util.function.Consumer<Value> topLevel) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            return EvalResult.error(Diagnostic.builder("nu::shell::io_error", "I/O error: can't read " + file + ": " + e.getMessage()).build());
        }
        Source source = new Source(file.toString(), text);
        Path abs = file.toAbsolutePath().normalize();
        enter(() -> {
            ctx.env().set("CURRENT_FILE", Value.of(abs.toString()));
            ctx.env().set("FILE_PWD", Value.of(abs.getParent() == null ? "/" : abs.getParent().toString()));
            return EvalResult.ok(Value.NOTHING);
        });
        EvalResult r = run(source, ctx.session(), false);
        if (!r.ok() || ctx.session().def("main") == null) return r;
        if (r.value() != null && r.value() != Value.NOTHING) topLevel.accept(r.value());
        return enter(() -> MainArgs.callMain(ctx, args));
    }

    /**
     * Evaluates {@code src} as the body of {@code do { ... }} in a fresh scope (nothing defined by earlier
     * calls is visible, nothing defined here survives); a stream result is collected into a list.
     */
    public EvalResult evalIsolated(String src) {
        // literally the body of a `do` block, so spans (and $in, return...) are those nu reports for it
        Source source = new Source("source", "do {\n" + src + "\n}");
        return run(source, new Session(), true);
    }

    private EvalResult run(Source source, Session session, boolean isolated) {
        return enter(() -> {
            ParseResult pr = ctx.parse(source, session);
            if (!pr.ok()) return EvalResult.errors(pr.errors());
            EnvScope saved = isolated ? ctx.freshEnv() : null;
            try {
                RootCallTarget target = ctx.translate(pr, session, source.name());
                PipelineData out = (PipelineData) target.call(PipelineData.EMPTY);
                Value v;
                if (out instanceof PipelineData.ByteStream bs && !isolated) {
                    ctx.printBytes(bs);
                    v = Value.NOTHING;
                } else {
                    v = BlockNode.collect(out);
                }
                if (v instanceof Value.ErrorV e) return EvalResult.error(e.diagnostic());
                return EvalResult.ok(v);
            } finally {
                if (saved != null) ctx.setEnv(saved);
            }
        });
    }

    private EvalResult enter(java.util.function.Supplier<EvalResult> body) {
        if (polyglot != null) polyglot.enter();
        evalThread = Thread.currentThread();
        ctx.clearInterrupt();
        try {
            return body.get();
        } catch (ShellException e) {
            return EvalResult.error(e.diagnostic());
        } catch (dev.nuebpf.truffle.nodes.ControlFlow.Exit e) {
            return EvalResult.exit(e.code);
        } catch (StackOverflowError e) {
            return EvalResult.error(ErrorRecords.recursion(null).diagnostic());
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ShellException se) return EvalResult.error(se.diagnostic());
            return EvalResult.error(NuContext.internalError(e));
        } finally {
            evalThread = null;
            Thread.interrupted();
            if (polyglot != null) polyglot.leave();
        }
    }

    /** Cancels the running pipeline (Ctrl-C); the shell stays usable. Safe from any thread. */
    public void interrupt() {
        ctx.requestInterrupt();
        Thread t = evalThread;
        if (t != null) t.interrupt();
    }

    /** Signature-derived shapes of every known command (built-ins and defs of this session): completion, highlighting. */
    public CommandShapes shapes() { return ctx.shapes(null); }

    /** All built-in commands. */
    public Collection<Command> commands() { return ctx.registry().all(); }

    /** An environment variable of the session, or null. */
    public Value env(String name) { return ctx.env().get(name, false); }

    /** The Engine commands see (for front ends that call commands directly, e.g. table rendering hooks). */
    public dev.nuebpf.command.Engine engine() { return ctx.engine(); }

    @Override public void close() {
        if (polyglot != null) polyglot.close(true);
        else NuContext.closeStandalone(ctx);
    }
}
