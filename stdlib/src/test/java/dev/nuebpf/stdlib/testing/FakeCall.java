package dev.nuebpf.stdlib.testing;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Engine;
import dev.nuebpf.diag.Source;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.PathMember;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A hand-built call for unit-testing a command's {@code run} before the parser and interpreter exist:
 * positionals, rest arguments and flags are given directly as values.
 */
public final class FakeCall implements Call {
    public static final Span SPAN = Span.of(new Source("test", "test"), 0, 4);

    private final Command command;
    private final List<Value> positionals = new ArrayList<>();
    private final List<Value> rest = new ArrayList<>();
    private final Map<String, Value> flags = new HashMap<>();
    private final FakeEngine engine;

    /** A call whose engine's $env.PWD (and cwd) is {@code cwd}. */
    public FakeCall(Command command, Path cwd) {
        this.command = command;
        this.engine = new FakeEngine(cwd);
    }

    /** A call in the process's working directory. */
    public FakeCall(Command command) { this(command, Path.of(System.getProperty("user.dir"))); }

    public static FakeCall of(Command c) { return new FakeCall(c); }

    public FakeEngine fakeEngine() { return engine; }

    public FakeCall pos(Value... vs) { positionals.addAll(Arrays.asList(vs)); return this; }

    public FakeCall rest(Value... vs) { rest.addAll(Arrays.asList(vs)); return this; }

    /** A rest cell path made of column names. */
    public FakeCall path(String... columns) {
        List<PathMember> ms = new ArrayList<>();
        for (String c : columns) ms.add(PathMember.column(c, false, SPAN));
        rest.add(new Value.CellPathV(ms));
        return this;
    }

    public FakeCall sw(String name) { flags.put(name, Value.of(true)); return this; }

    public FakeCall flag(String name, Value v) { flags.put(name, v); return this; }

    /** Runs the command on a single value (null: no input) and collects the result. */
    public Value run(Value input) {
        return command.run(this, input == null ? PipelineData.EMPTY : PipelineData.of(input)).collect();
    }

    public PipelineData runData(PipelineData input) { return command.run(this, input); }

    @Override public Span head() { return SPAN; }
    @Override public Span span() { return SPAN; }
    @Override public Engine engine() { return engine; }
    @Override public Value positional(int i) { return i < positionals.size() ? positionals.get(i) : null; }
    @Override public Span positionalSpan(int i) { return SPAN; }
    @Override public List<Value> rest() { return rest; }
    @Override public List<Span> restSpans() { return rest.stream().map(v -> SPAN).toList(); }
    @Override public boolean has(String flag) {
        Value v = flags.get(flag);
        return v != null && !(v instanceof Value.Bool b && !b.value());
    }
    @Override public Value flag(String flag) { return flags.get(flag); }
    @Override public Span flagSpan(String flag) { return SPAN; }
    @Override public String commandName() { return command.name(); }

    /** An engine with an environment and a cwd, and no closures or eval: enough for commands that need no interpreter. */
    public static final class FakeEngine implements Engine {
        private final Map<String, Value> env = new HashMap<>();
        private final Map<Class<?>, Object> services = new HashMap<>();

        FakeEngine(Path cwd) { env.put("PWD", Value.of(cwd.toString())); }

        @Override public PipelineData call(Value.ClosureV closure, List<Value> args, PipelineData input, Span span) {
            throw new UnsupportedOperationException("closures need the interpreter");
        }
        @Override public Value env(String name) { return env.get(name); }
        @Override public void setEnv(String name, Value value) { env.put(name, value); }
        @Override public Record envRecord() {
            Record.Builder b = Record.builder();
            env.forEach(b::put);
            return b.build();
        }
        @Override public Path cwd() { return Path.of(((Value.Str) env.get("PWD")).value()); }
        @Override public PrintStream stdout() { return System.out; }
        @Override public PrintStream stderr() { return System.err; }
        @Override public Command lookup(String name) { return null; }
        @Override public Collection<Command> commands() { return List.of(); }
        @Override public Value eval(String source, String name) { throw new UnsupportedOperationException(); }
        @Override public boolean interrupted() { return false; }
        @SuppressWarnings("unchecked")
        @Override public <T> T service(Class<T> key, Supplier<T> create) { return (T) services.computeIfAbsent(key, k -> create.get()); }
    }
}
