package dev.nuebpf.truffle;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import dev.nuebpf.syntax.Expr;

/** What {@link dev.nuebpf.runtime.Value.ClosureV#target()} holds for nu closures: the code and the captured values. */
public final class ClosureTarget {
    /**
     * Without the optimizing runtime there is nothing to profile or compile, and the fallback runtime's call
     * bookkeeping (a thread-local frame stack, the encapsulating node) cost a quarter of each closure call in
     * {@code each}/{@code where}: closures then run their root directly. Nothing here walks Truffle frames.
     */
    private static final boolean DIRECT = Truffle.getRuntime().getClass().getName().equals("com.oracle.truffle.api.impl.DefaultTruffleRuntime");

    private final RootCallTarget target;
    private final Object[] captures;
    private final Expr.Closure ast;

    /*
     * In direct mode one frame is reused for the calls of this closure value (each/where call it once per row):
     * frames were a fifth of what a table pipeline allocated. Safe because no node keeps or materializes a frame
     * past its call, every slot is written before it is read, and the frame is taken only by its thread while no
     * other call of it is running (recursion gets a fresh one).
     */
    private VirtualFrame frame;
    private Object[] frameArgs;
    private Thread frameOwner;
    private boolean frameBusy;

    public ClosureTarget(RootCallTarget target, Object[] captures, Expr.Closure ast) {
        this.target = target;
        this.captures = captures;
        this.ast = ast;
    }

    public RootCallTarget target() { return target; }
    public Object[] captures() { return captures; }
    public Expr.Closure ast() { return ast; }

    /**
     * Calls the closure with the arguments of {@link dev.nuebpf.truffle.nodes.call.FunctionRootNode}: input (a
     * PipelineData, or a Value standing for a single value), the positional values, their spans, the mode bits.
     */
    public Object invoke(Object input, Object[] values, Object spans, int mode) {
        if (!DIRECT) return target.call(input, captures, values, spans, mode);
        RootNode root = target.getRootNode();
        Thread me = Thread.currentThread();
        if (frameBusy || (frameOwner != null && frameOwner != me)) {
            return root.execute(Truffle.getRuntime().createVirtualFrame(new Object[] {input, captures, values, spans, mode}, root.getFrameDescriptor()));
        }
        if (frame == null) {
            frameOwner = me;
            frameArgs = new Object[5];
            frame = Truffle.getRuntime().createVirtualFrame(frameArgs, root.getFrameDescriptor());
        }
        Object[] a = frameArgs;
        a[0] = input;
        a[1] = captures;
        a[2] = values;
        a[3] = spans;
        a[4] = mode;
        frameBusy = true;
        try {
            return root.execute(frame);
        } finally {
            frameBusy = false;
        }
    }
}
