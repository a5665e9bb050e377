package dev.nuebpf.ebpf.helpers;

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
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A hand-built call of one command with an engine that keeps services (the probe state) but runs no closures. */
public final class HelperCall implements Call {
    public static final Span SPAN = Span.of(new Source("test", "test"), 0, 4);

    /** The engine: services per instance; {@code closures} evaluates closures when a test supplies it. */
    public static final class TestEngine implements Engine {
        private final Map<Class<?>, Object> services = new HashMap<>();
        public ClosureRunner closures;

        public interface ClosureRunner {
            Value run(Value.ClosureV c, Engine engine);
        }

        public PipelineData call(Value.ClosureV closure, List<Value> args, PipelineData input, Span span) {
            if (closures == null) throw new UnsupportedOperationException("closures need the interpreter");
            return PipelineData.of(closures.run(closure, this));
        }
        public Value env(String name) { return null; }
        public void setEnv(String name, Value value) {}
        public Record envRecord() { return Record.EMPTY; }
        public Path cwd() { return Path.of("."); }
        public PrintStream stdout() { return System.out; }
        public PrintStream stderr() { return System.err; }
        public Command lookup(String name) {
            for (Command c : HelperRegistry.all()) if (c.name().equals(name)) return c;
            return null;
        }
        public Collection<Command> commands() { return new ArrayList<>(HelperRegistry.all()); }
        public Value eval(String source, String name) { throw new UnsupportedOperationException(); }
        public boolean interrupted() { return false; }
        @SuppressWarnings("unchecked")
        public <T> T service(Class<T> key, Supplier<T> create) { return (T) services.computeIfAbsent(key, k -> create.get()); }
    }

    private final Command command;
    private final TestEngine engine;
    private final List<Value> positionals = new ArrayList<>();
    private final Map<String, Value> flags = new HashMap<>();

    private HelperCall(Command command, TestEngine engine) {
        this.command = command;
        this.engine = engine;
    }

    public static HelperCall of(Command c, TestEngine e) { return new HelperCall(c, e); }

    public HelperCall pos(Value... vs) { positionals.addAll(Arrays.asList(vs)); return this; }

    public HelperCall flag(String name, Value v) { flags.put(name, v); return this; }

    public Value run(Value input) { return command.run(this, input == null ? PipelineData.EMPTY : PipelineData.of(input)).collect(); }

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
    @Override public String commandName() { return command.name(); }
}
