package dev.nuebpf.truffle;

import com.oracle.truffle.api.RootCallTarget;
import dev.nuebpf.syntax.Expr;

/** What {@link dev.nuebpf.runtime.Value.ClosureV#target()} holds for nu closures: the code and the captured values. */
public record ClosureTarget(RootCallTarget target, Object[] captures, Expr.Closure ast) {}
