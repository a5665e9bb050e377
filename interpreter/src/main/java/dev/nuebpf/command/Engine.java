package dev.nuebpf.command;

import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/** What a running command may ask of the interpreter: call closures, read the environment, print. */
public interface Engine {
    /** Runs a closure with positional arguments and pipeline input (also bound to $in). */
    PipelineData call(Value.ClosureV closure, List<Value> args, PipelineData input, Span span);

    /** Runs a closure and collects its result. */
    default Value callValue(Value.ClosureV closure, List<Value> args, PipelineData input, Span span) {
        return call(closure, args, input, span).collect();
    }

    /**
     * Runs a closure on one row, the way filters do: the row is its input ($in) and, when {@code asArgument}, its
     * one positional argument; collects the result. (The interpreter's version allocates less per row.)
     */
    default Value callRow(Value.ClosureV closure, Value row, boolean asArgument, Span span) {
        return callValue(closure, asArgument ? List.of(row) : List.of(), PipelineData.of(row), span);
    }

    /** An environment variable visible in the caller's scope, or null. */
    Value env(String name);

    /** Sets an environment variable in the caller's scope (load-env, cd). */
    void setEnv(String name, Value value);

    /** All environment variables visible in the caller's scope. */
    dev.nuebpf.runtime.Record envRecord();

    Path cwd();

    PrintStream stdout();

    PrintStream stderr();

    Command lookup(String name);

    Collection<Command> commands();

    /** Parses and evaluates Nushell source in a fresh scope (examples, {@code nu -c}-like uses). */
    Value eval(String source, String name);

    /** True once the user pressed Ctrl-C: long-running commands should stop. */
    boolean interrupted();

    /** Per-interpreter state owned by a subsystem (e.g. the eBPF probe registry), created on first use. */
    <T> T service(Class<T> key, Supplier<T> create);
}
