package dev.nuebpf.ebpf;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Engine;
import dev.nuebpf.diag.Source;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A call of an ebpf command without the interpreter (which other helpers are still finishing). */
final class FakeCall implements Call {
    /** The parts of an engine the ebpf commands use: services, stderr, cwd. */
    static final class FakeEngine implements Engine {
        final Map<Class<?>, Object> services = new HashMap<>();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final PrintStream stderr = new PrintStream(err, true);
        Path cwd = Path.of(".").toAbsolutePath();

        @Override public PipelineData call(Value.ClosureV c, List<Value> a, PipelineData i, Span s) { throw new UnsupportedOperationException(); }
        @Override public Value env(String name) { return null; }
        @Override public void setEnv(String name, Value value) { }
        @Override public Record envRecord() { return Record.EMPTY; }
        @Override public Path cwd() { return cwd; }
        @Override public PrintStream stdout() { return System.out; }
        @Override public PrintStream stderr() { return stderr; }
        @Override public Command lookup(String name) { return null; }
        @Override public Collection<Command> commands() { return List.of(); }
        @Override public Value eval(String source, String name) { throw new UnsupportedOperationException(); }
        @Override public boolean interrupted() { return false; }
        @SuppressWarnings("unchecked")
        @Override public <T> T service(Class<T> key, Supplier<T> create) { return (T) services.computeIfAbsent(key, k -> create.get()); }
    }

    static final Span SPAN = new Span(new Source("test", "ebpf test call"), 0, 4);

    private final FakeEngine engine;
    private final String name;
    private final List<Value> positionals;
    private final Map<String, Value> flags;

    FakeCall(FakeEngine engine, String name, List<Value> positionals, Map<String, Value> flags) {
        this.engine = engine;
        this.name = name;
        this.positionals = positionals;
        this.flags = flags;
    }

    static Value run(FakeEngine e, Command c, Map<String, Value> flags, Value... args) {
        return c.run(new FakeCall(e, c.name(), List.of(args), flags), PipelineData.EMPTY).collect();
    }

    @Override public Span head() { return SPAN; }
    @Override public Span span() { return SPAN; }
    @Override public Engine engine() { return engine; }
    @Override public Value positional(int i) { return i < positionals.size() ? positionals.get(i) : null; }
    @Override public Span positionalSpan(int i) { return SPAN; }
    @Override public List<Value> rest() { return List.of(); }
    @Override public List<Span> restSpans() { return List.of(); }
    @Override public boolean has(String flag) { return flags.containsKey(flag); }
    @Override public Value flag(String flag) { return flags.get(flag); }
    @Override public Span flagSpan(String flag) { return SPAN; }
    @Override public String commandName() { return name; }
}
