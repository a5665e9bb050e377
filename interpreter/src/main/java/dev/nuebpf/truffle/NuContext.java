package dev.nuebpf.truffle;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Source;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.CommandShape;
import dev.nuebpf.syntax.CommandShapes;
import dev.nuebpf.syntax.ParseResult;
import dev.nuebpf.syntax.Parser;
import dev.nuebpf.truffle.nodes.control.BlockNode;
import dev.nuebpf.truffle.translate.DefInfo;
import dev.nuebpf.truffle.translate.Session;
import dev.nuebpf.truffle.translate.Translator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Per-context interpreter state: the command registry, the scoped environment, the REPL session,
 * output streams and the Ctrl-C flag. Evaluation entry points used by {@link Shell} and polyglot eval.
 */
public final class NuContext {
    /** In a holder: creating the reference loads the polyglot engine's language cache, which standalone shells skip. */
    private static final class Ref {
        static final TruffleLanguage.ContextReference<NuContext> REF = TruffleLanguage.ContextReference.create(NuLanguage.class);
    }

    private final NuLanguage language;
    private final TruffleLanguage.Env truffleEnv;
    private final CommandRegistry registry;
    private final Translator translator;
    private final EngineImpl engine;
    private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();
    private final Session session = new Session();
    private Map<String, Value> initialEnv;
    private EnvScope env;
    private ShellOptions options;
    private volatile boolean interrupted;
    /** External processes started by this context and not yet finished (Ctrl-C destroys them). */
    private final java.util.Set<Process> running = ConcurrentHashMap.newKeySet();

    NuContext(NuLanguage language, TruffleLanguage.Env truffleEnv) {
        this.language = language;
        this.truffleEnv = truffleEnv;
        this.registry = CommandRegistry.shared();
        this.translator = new Translator(language, this);
        this.engine = new EngineImpl(this);
        PrintStream out = new PrintStream(truffleEnv.out(), true);
        PrintStream err = new PrintStream(truffleEnv.err(), true);
        configure(new ShellOptions(out, err, truffleEnv.in(), null, null, false));
    }

    /**
     * A context created without a polyglot engine ({@link Shell#createStandalone}); while it lives every node
     * finds it here instead of through the engine.
     */
    private static volatile NuContext standalone;

    /** A context without a polyglot engine: for the command-line shell in interpreter mode. */
    private NuContext(ShellOptions opts) {
        this.language = null;
        this.truffleEnv = null;
        this.registry = CommandRegistry.shared();
        this.translator = new Translator(null, this);
        this.engine = new EngineImpl(this);
        configure(opts);
    }

    /** Makes the engine-less context, or returns null when one is already in use in this JVM. */
    static synchronized NuContext createStandalone(ShellOptions opts) {
        if (standalone != null) return null;
        NuContext c = new NuContext(opts);
        standalone = c;
        return c;
    }

    static synchronized void closeStandalone(NuContext c) {
        if (standalone == c) standalone = null;
    }

    public static NuContext get(Node node) {
        NuContext s = standalone;
        return s != null ? s : Ref.REF.get(node);
    }

    /** Applies front-end options (streams, cwd) and resets the environment from the process environment. */
    public void configure(ShellOptions opts) {
        this.options = opts;
        Map<String, Value> m = new LinkedHashMap<>();
        System.getenv().forEach((k, v) -> {
            if (k.equals("PATH")) {
                List<Value> parts = new ArrayList<>();
                for (String p : v.split(java.io.File.pathSeparator)) parts.add(Value.of(p));
                m.put(k, new Value.ListV(parts));
            } else m.put(k, Value.of(v));
        });
        m.put("PWD", Value.of(opts.cwd().toAbsolutePath().normalize().toString()));
        m.putIfAbsent("LAST_EXIT_CODE", Value.of(0));
        m.put("NU_VERSION", Value.of("0.115.1"));
        // scripts and config files assign into $env.config.<section>.<key>; start from an empty record
        m.putIfAbsent("config", dev.nuebpf.runtime.Record.EMPTY);
        this.initialEnv = m;
        this.env = new EnvScope(m);
    }

    public ShellOptions options() { return options; }
    public NuLanguage language() { return language; }
    public CommandRegistry registry() { return registry; }
    public EngineImpl engine() { return engine; }
    public Session session() { return session; }
    public EnvScope env() { return env; }
    public void setEnv(EnvScope e) { env = e; }
    public PrintStream stdout() { return options.stdout(); }
    public PrintStream stderr() { return options.stderr(); }
    public InputStream stdin() { return options.stdin(); }

    @TruffleBoundary
    public Path cwd() {
        Value pwd = env.get("PWD", false);
        return pwd instanceof Value.Str s ? Path.of(s.value()) : options.cwd();
    }

    @SuppressWarnings("unchecked")
    public <T> T service(Class<T> key, Supplier<T> create) {
        return (T) services.computeIfAbsent(key, k -> create.get());
    }

    // ---- interruption -------------------------------------------------------------------------

    public boolean interruptRequested() { return interrupted; }
    public void requestInterrupt() {
        interrupted = true;
        for (Process p : running) p.destroy();
    }

    public void started(Process p) {
        running.add(p);
        p.onExit().thenRun(() -> running.remove(p));
    }
    public void clearInterrupt() { interrupted = false; }

    public void checkInterrupt(Span span) {
        if (interrupted) throw interruptedError(span);
    }

    @TruffleBoundary
    public ShellException interruptedError(Span span) {
        interrupted = false;
        return ShellException.of("nu::shell::interrupted", "Operation interrupted", span, "This operation was interrupted");
    }

    // ---- parsing and evaluation ---------------------------------------------------------------

    /** Command shapes for the parser: built-ins plus the defs visible in the session (or {@code extra}). */
    public CommandShapes shapes(Session extra) {
        Session s = extra == null ? session : extra;
        return new CommandShapes() {
            public CommandShape lookup(String name) {
                DefInfo d = s.def(name);
                if (d != null) return d.shape(name);
                Command c = registry.get(name);
                return c == null ? null : c.signature().toShape();
            }

            public boolean isPrefix(String prefix) {
                if (registry.isPrefix(prefix)) return true;
                for (DefInfo d : s.allDefs()) if (d.name().startsWith(prefix + " ")) return true;
                return false;
            }

            @Override public Boolean variable(String name) {
                return s.mutability(name.startsWith("$") ? name.substring(1) : name);
            }
        };
    }

    /** Parses with the session's commands; the session's variables (earlier REPL lines) are known to the parser. */
    public ParseResult parse(Source src, Session s) {
        return Parser.parse(src, shapes(s == null ? session : s));
    }

    /** Parses as a module ({@code nu-check --as-module}, {@code use file.nu}). */
    public ParseResult parseModule(Source src, Session s) {
        return Parser.parseModule(src, shapes(s == null ? session : s));
    }

    /** Translates a parsed chunk for evaluation in {@code s}. Translation errors are ShellExceptions. */
    public RootCallTarget translate(ParseResult r, Session s, String name) {
        return translator.translateTop(r.block(), s, name);
    }

    /** Parses, translates and runs in a fresh scope and environment; the collected value (for polyglot and examples). */
    @TruffleBoundary
    public Value evalFresh(Source src) {
        Session fresh = new Session();
        ParseResult r = parse(src, fresh);
        if (!r.ok()) throw new ShellException(r.errors().get(0));
        EnvScope saved = env;
        env = new EnvScope(initialEnv);
        try {
            RootCallTarget t = translate(r, fresh, src.name());
            PipelineData out = (PipelineData) t.call(PipelineData.EMPTY);
            Value v = BlockNode.collect(out);
            if (v instanceof Value.ErrorV e) throw new ShellException(e.diagnostic(), e.raw());
            return v;
        } finally {
            env = saved;
        }
    }

    /** A fresh environment scope (isolated evaluation); returns the previous one for restoring. */
    public EnvScope freshEnv() {
        EnvScope saved = env;
        env = new EnvScope(initialEnv);
        return saved;
    }

    /** Streams an external's output to stdout (a byte stream that nobody consumed), then checks its exit status. */
    @TruffleBoundary
    public void printBytes(PipelineData.ByteStream bs) {
        PrintStream out = stdout();
        try (InputStream in = bs.bytes()) {
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the producer went away; its exit status tells the rest
        }
        if (bs.exit() != null) bs.exit().run();
    }

    public static Diagnostic internalError(Throwable t) {
        return ErrorRecords.internal(t, null).diagnostic();
    }
}
