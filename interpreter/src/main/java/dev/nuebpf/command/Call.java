package dev.nuebpf.command;

import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;
import java.util.List;

/**
 * The evaluated arguments of one command call, as a command's {@code run} sees them.
 * Positionals are in signature order (absent optional ones are null); rest arguments follow.
 * Typed getters throw Nushell's type errors at the argument's span.
 */
public interface Call {
    /** Span of the command name (Nushell's {@code call.head}). */
    Span head();

    /** Span of the whole call. */
    Span span();

    Engine engine();

    /** The i-th declared positional (null when an optional one was not given). */
    Value positional(int i);

    Span positionalSpan(int i);

    /** The arguments that matched the rest parameter, in order (spread lists already expanded). */
    List<Value> rest();

    List<Span> restSpans();

    /** True if the switch or flag was given (a switch given as {@code --x=false} is false). */
    boolean has(String flag);

    /** The value given to a named flag, or null. */
    Value flag(String flag);

    Span flagSpan(String flag);

    // ---- typed conveniences ---------------------------------------------------------------

    default Value req(int i) {
        Value v = positional(i);
        if (v == null) throw Errors.missingPositional(name(i), head());
        return v;
    }

    private String name(int i) {
        Command c = engine().lookup(commandName());
        var ps = c == null ? null : c.signature().positionals();
        return ps != null && i < ps.size() ? ps.get(i).name() : "arg" + i;
    }

    /**
     * Span of the expression that produced the pipeline input (the previous stage, e.g. {@code $r} in
     * {@code $r | get c}), for nu's "value originates here" labels; null when the input has no source.
     */
    default Span inputSpan() { return null; }

    /** The called command's name. */
    String commandName();

    default long intArg(int i) { return Errors.expectInt(req(i), positionalSpan(i)); }

    default String stringArg(int i) { return Errors.expectString(req(i), positionalSpan(i)); }

    default Value.ClosureV closureArg(int i) { return Errors.expectClosure(req(i), positionalSpan(i)); }

    default Long intFlag(String f) {
        Value v = flag(f);
        return v == null ? null : Errors.expectInt(v, flagSpan(f));
    }

    default String stringFlag(String f) {
        Value v = flag(f);
        return v == null ? null : Errors.expectString(v, flagSpan(f));
    }
}
