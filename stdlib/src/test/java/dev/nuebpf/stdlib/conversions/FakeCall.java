package dev.nuebpf.stdlib.conversions;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Engine;
import dev.nuebpf.diag.Source;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A hand-built call for unit-testing commands before the parser and interpreter exist. */
public final class FakeCall implements Call {
    private static final Span SPAN = new Span(new Source("test", "test"), 0, 4);
    private final Command command;
    private final List<Value> positionals = new ArrayList<>();
    private final List<Value> rest = new ArrayList<>();
    private final Map<String, Value> flags = new LinkedHashMap<>();
    private final FakeEngine engine;

    public FakeCall(Command command, Path cwd) {
        this.command = command;
        this.engine = new FakeEngine(cwd);
    }

    public FakeCall(Command command) { this(command, Path.of(System.getProperty("user.dir"))); }

    public FakeCall pos(Value v) { positionals.add(v); return this; }
    public FakeCall rest(Value v) { rest.add(v); return this; }
    public FakeCall flag(String name, Value v) { flags.put(name, v); return this; }
    public FakeCall sw(String name) { flags.put(name, Value.of(true)); return this; }
    public FakeEngine fakeEngine() { return engine; }

    /** Runs the command on a single input value and collects the result. */
    public Value run(Value input) {
        PipelineData in = input == null ? PipelineData.EMPTY : PipelineData.of(input);
        return command.run(this, in).collect();
    }

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

    /** Environment and cwd only; closures and eval are not available. */
    public static final class FakeEngine implements Engine {
        private final Map<String, Value> env = new HashMap<>();
        private final Map<Class<?>, Object> services = new HashMap<>();

        FakeEngine(Path cwd) { env.put("PWD", Value.of(cwd.toString())); }

        @Override public PipelineData call(Value.ClosureV closure, List<Value> args, PipelineData input, Span span) {
            throw new UnsupportedOperationException("no closures in FakeEngine");
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
