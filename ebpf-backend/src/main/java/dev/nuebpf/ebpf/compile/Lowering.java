package dev.nuebpf.ebpf.compile;

import dev.nuebpf.syntax.Expr;

/** How a command call compiles: implemented by every bpf-* helper (next to its interpreter semantics). */
public interface Lowering {
    /** Emits IR for {@code call} with pipeline input {@code input}; returns the call's value. */
    Val lower(LoweringContext cx, Expr.Call call, Val input);
}
