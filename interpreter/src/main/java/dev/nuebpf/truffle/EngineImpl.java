package dev.nuebpf.truffle;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.Engine;
import dev.nuebpf.command.Errors;
import dev.nuebpf.diag.Source;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.nodes.call.FunctionRootNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/** The {@link Engine} commands see: closure calls, the caller's environment, output streams, the registry. */
public final class EngineImpl implements Engine {
    private final NuContext ctx;

    EngineImpl(NuContext ctx) { this.ctx = ctx; }

    @Override public PipelineData call(Value.ClosureV closure, List<Value> args, PipelineData input, Span span) {
        ClosureTarget t = runnable(closure, span);
        Object r = t.invoke(input == null ? PipelineData.EMPTY : input, args.toArray(), null, 0);
        return (PipelineData) r;
    }

    @Override public Value callValue(Value.ClosureV closure, List<Value> args, PipelineData input, Span span) {
        ClosureTarget t = runnable(closure, span);
        Object r = t.invoke(input == null ? PipelineData.EMPTY : input, args.toArray(), null, FunctionRootNode.WANT_VALUE);
        return collected(r);
    }

    private static final Object[] NO_ARGS = new Object[0];

    /** The closure's code, or nu's type error when the value is not one of our closures. */
    private static ClosureTarget target(Value.ClosureV closure, Span span) {
        if (!(closure.target() instanceof ClosureTarget t)) throw Errors.typeMismatch("closure", closure, span);
        return t;
    }

    /** {@link #target}, after honouring a pending Ctrl-C (every call but a catch handler's checks it first). */
    private ClosureTarget runnable(Value.ClosureV closure, Span span) {
        ClosureTarget t = target(closure, span);
        ctx.checkInterrupt(span);
        return t;
    }

    /** What a WANT_VALUE call returned, as a value. */
    private static Value collected(Object r) {
        return r instanceof Value v ? v : ((PipelineData) r).collect();
    }

    @Override public Value callRow(Value.ClosureV closure, Value row, boolean asArgument, Span span) {
        ClosureTarget t = runnable(closure, span);
        Object r = t.invoke(row, asArgument ? new Object[] {row} : NO_ARGS, null, FunctionRootNode.WANT_VALUE);
        return collected(r);
    }

    /** Like {@link #call} but the closure's environment changes stay in the caller's scope ({@code do --env}). */
    public PipelineData callKeepingEnv(Value.ClosureV closure, List<Value> args, PipelineData input, Span span) {
        ClosureTarget t = runnable(closure, span);
        return (PipelineData) t.invoke(input == null ? PipelineData.EMPTY : input, args.toArray(), null, FunctionRootNode.KEEP_ENV);
    }

    /** Calls a {@code catch} handler: break/continue inside it act on the loop around the try. */
    public PipelineData callHandler(Value.ClosureV closure, Value error, Span span) {
        ClosureTarget t = target(closure, span);
        return (PipelineData) t.invoke(PipelineData.of(error), new Object[] {error}, null, FunctionRootNode.PASS_JUMPS);
    }

    @Override public Value env(String name) { return ctx.env().get(name, false); }

    @Override public void setEnv(String name, Value value) { ctx.env().set(name, value); }

    /** Removes an environment variable from the caller's scope (hide-env); false if absent. */
    public boolean hideEnv(String name) { return ctx.env().remove(name); }

    @Override public Record envRecord() { return ctx.env().toRecord(); }

    @Override public Path cwd() { return ctx.cwd(); }

    @Override public PrintStream stdout() { return ctx.stdout(); }

    @Override public PrintStream stderr() { return ctx.stderr(); }

    @Override public Command lookup(String name) { return ctx.registry().get(name); }

    @Override public Collection<Command> commands() { return ctx.registry().all(); }

    @Override public Value eval(String source, String name) { return ctx.evalFresh(new Source(name, source)); }

    @Override public boolean interrupted() { return ctx.interruptRequested(); }

    @Override public <T> T service(Class<T> key, Supplier<T> create) { return ctx.service(key, create); }

    public NuContext context() { return ctx; }
}
