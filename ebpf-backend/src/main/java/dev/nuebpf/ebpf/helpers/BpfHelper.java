package dev.nuebpf.ebpf.helpers;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.compile.Lowering;
import dev.nuebpf.ebpf.compile.LoweringContext;
import dev.nuebpf.ebpf.compile.Val;
import dev.nuebpf.ebpf.simulate.ProbeState;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import java.util.List;

/**
 * A bpf-* helper, defined once: {@link #signature()} and {@link #examples()} (run as tests), {@link #run} (its
 * meaning in the interpreter, against {@link ProbeState}'s current context) and {@link #lower} (the instructions
 * it compiles to). Subclasses implement {@link #eval} and {@link #lower}.
 */
public abstract class BpfHelper implements Command, Lowering {

    /** The start of every helper's signature: its name and description in the EBPF category. */
    protected static dev.nuebpf.command.Signature sig(String name, String description) {
        return dev.nuebpf.command.Signature.build(name, Category.EBPF).description(description).searchTerms("ebpf", "bpf", "probe");
    }

    @Override public final PipelineData run(Call call, PipelineData input) {
        ProbeState.Session s = ProbeState.of(call.engine()).current();
        Value in = input == null ? Value.NOTHING : input.collect();
        Value out = eval(call, s, in);
        return out == null || out == Value.NOTHING ? PipelineData.EMPTY : PipelineData.of(out);
    }

    /** Interpreter semantics; return null or NOTHING for no output. */
    protected abstract Value eval(Call call, ProbeState.Session s, Value input);

    @Override public abstract Val lower(LoweringContext cx, dev.nuebpf.syntax.Expr.Call call, Val input);

    /** A simulate example (deterministic, so it has an expected result). */
    protected static Example simulated(String description, String example, Value result) {
        return Example.of(description, example, result);
    }

    protected static ShellException error(Span span, String label, String help) {
        return ShellException.of("nu::ebpf::helper", "A bpf helper could not run.", span, label, help);
    }

    protected static long intInput(Call call, Value input, String what) {
        if (input instanceof Value.Int i) return i.value();
        if (input instanceof Value.Bool b) return b.value() ? 1 : 0;
        throw dev.nuebpf.command.Errors.unsupportedInput(call.commandName(), what, input, call.head(), call.head());
    }

    /** The first 8 bytes of a comm (NUL-padded) as a little-endian int: what bpf-comm returns. */
    public static long commInt(String comm) {
        byte[] b = java.util.Arrays.copyOf(comm.getBytes(java.nio.charset.StandardCharsets.UTF_8), 16);
        long v = 0;
        for (int i = 7; i >= 0; i--) v = v << 8 | (b[i] & 0xff);
        return v;
    }

    /** The second 8 bytes of a comm, for comparing the whole 16 bytes. */
    static long commHigh(String comm) {
        byte[] b = java.util.Arrays.copyOf(comm.getBytes(java.nio.charset.StandardCharsets.UTF_8), 16);
        long v = 0;
        for (int i = 15; i >= 8; i--) v = v << 8 | (b[i] & 0xff);
        return v;
    }

    protected static List<Example> examples(Example... e) { return List.of(e); }
}
