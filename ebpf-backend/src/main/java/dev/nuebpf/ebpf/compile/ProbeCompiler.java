package dev.nuebpf.ebpf.compile;

import dev.nuebpf.ebpf.probe.ProgramTarget;
import dev.nuebpf.runtime.Value;

/**
 * The compiler's entry point: closure → checks → IR → registers → instructions → ELF. A closure that cannot run in
 * the kernel is rejected with a {@code ShellException} whose diagnostic has code {@link #UNSUPPORTED} (or
 * {@link #STACK_OVERFLOW}) and a span into the closure, before any bytecode is made.
 */
public final class ProbeCompiler {
    public static final String UNSUPPORTED = "nu::ebpf::unsupported";
    public static final String STACK_OVERFLOW = "nu::ebpf::stack_overflow";

    private ProbeCompiler() {}

    public static CompiledProbe compile(ProgramTarget target, Value.ClosureV closure) {
        return compile(target, closure, CompileOptions.DEFAULT);
    }

    public static CompiledProbe compile(ProgramTarget target, Value.ClosureV closure, CompileOptions options) {
        return Pipeline.run(target, closure, options);
    }

    /** What the checks learn about a closure without generating code (used by {@code ebpf simulate}). */
    public record Checked(EventSchema events, CounterKeyKind counterKey, boolean implicitEmit) {}

    /** Runs the checks (the same that {@link #compile} runs) and reports the probe's event schema and counter keys. */
    public static Checked check(ProgramTarget target, Value.ClosureV closure) {
        Pipeline.Checked c = Pipeline.lower(target, closure, CompileOptions.DEFAULT);
        return new Checked(c.cx().schema().schema(), c.cx().counterKey(), c.implicitEmit());
    }
}
