package dev.nuebpf.stdlib.filters;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Engine;
import dev.nuebpf.diag.Source;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.PathMember;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A hand-built call for unit tests of filters: arguments are given as values, and closures are Java
 * functions of (arguments, input) wrapped in a ClosureV (no AST, so they receive every argument).
 * Counts closure calls, so tests can check that streams stay lazy.
 */
public final class TestCall implements Call {
    public static final Span SPAN = Span.of(new Source("test", "test call"), 0, 4);

    private final Command command;
    private final List<Value> positionals = new ArrayList<>();
    private final List<Value> rest = new ArrayList<>();
    private final Map<String, Value> flags = new HashMap<>();
    public int closureCalls;
    public final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private TestCall(Command command) { this.command = command; }

    public static TestCall of(Command c) { return new TestCall(c); }

    /** A closure computing its result from (arguments, input). */
    public static Value.ClosureV fn(BiFunction<List<Value>, Value, Value> f) { return new Value.ClosureV(f, null, Map.of()); }

    public TestCall pos(Value... vs) { positionals.addAll(Arrays.asList(vs)); return this; }

    public TestCall rest(Value... vs) { rest.addAll(Arrays.asList(vs)); return this; }

    /** A rest cell path; members that parse as numbers become row indexes. */
    public TestCall path(String dotted) {
        rest.add(cellPath(dotted));
        return this;
    }

    public static Value.CellPathV cellPath(String dotted) {
        List<PathMember> ms = new ArrayList<>();
        for (String part : dotted.split("\\.")) {
            boolean opt = part.endsWith("?");
            String p = opt ? part.substring(0, part.length() - 1) : part;
            ms.add(p.matches("\\d+") ? PathMember.index(Long.parseLong(p), opt, SPAN) : PathMember.column(p, opt, SPAN));
        }
        return new Value.CellPathV(ms);
    }

    public TestCall sw(String name) { flags.put(name, Value.of(true)); return this; }

    public TestCall flag(String name, Value v) { flags.put(name, v); return this; }

    public Value run(Value input) { return command.run(this, PipelineData.of(input)).collect(); }

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

    private final Engine engine = new Engine() {
        @SuppressWarnings("unchecked")
        public PipelineData call(Value.ClosureV closure, List<Value> args, PipelineData input, Span span) {
            closureCalls++;
            return PipelineData.of(((BiFunction<List<Value>, Value, Value>) closure.target()).apply(args, input.collect()));
        }
        public Value env(String name) { return null; }
        public void setEnv(String name, Value value) {}
        public Record envRecord() { return Record.EMPTY; }
        public Path cwd() { return Path.of("."); }
        public PrintStream stdout() { return new PrintStream(out, true); }
        public PrintStream stderr() { return new PrintStream(out, true); }
        public Command lookup(String name) { return null; }
        public Collection<Command> commands() { return List.of(command); }
        public Value eval(String source, String name) { throw new UnsupportedOperationException(); }
        public boolean interrupted() { return false; }
        public <T> T service(Class<T> key, Supplier<T> create) { return create.get(); }
    };
}
