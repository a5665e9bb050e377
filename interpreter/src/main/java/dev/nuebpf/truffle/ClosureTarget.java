package dev.nuebpf.truffle;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.RootNode;
import dev.nuebpf.syntax.Expr;

/** What {@link dev.nuebpf.runtime.Value.ClosureV#target()} holds for nu closures: the code and the captured values. */
public record ClosureTarget(RootCallTarget target, Object[] captures, Expr.Closure ast) {
    /**
     * Without the optimizing runtime there is nothing to profile or compile, and the fallback runtime's call
     * bookkeeping (a thread-local frame stack, the encapsulating node) cost a quarter of each closure call in
     * {@code each}/{@code where}: closures then run their root directly. Nothing here walks Truffle frames.
     */
    private static final boolean DIRECT = Truffle.getRuntime().getClass().getName().equals("com.oracle.truffle.api.impl.DefaultTruffleRuntime");

    /** Calls the closure with the arguments of {@link dev.nuebpf.truffle.nodes.call.FunctionRootNode}. */
    public Object invoke(Object... arguments) {
        if (DIRECT) {
            RootNode root = target.getRootNode();
            return root.execute(Truffle.getRuntime().createVirtualFrame(arguments, root.getFrameDescriptor()));
        }
        return target.call(arguments);
    }
}
