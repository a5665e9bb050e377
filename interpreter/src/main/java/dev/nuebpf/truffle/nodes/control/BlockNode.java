package dev.nuebpf.truffle.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.NuContext;
import dev.nuebpf.truffle.nodes.ExprNode;
import dev.nuebpf.truffle.nodes.pipeline.PipelineNode;

/**
 * Pipelines in sequence. The block's input goes to the first pipeline only (as in nu); outputs of the
 * others are drained (streams run for their side effects, external output is printed); the last one's
 * output is the block's.
 */
public final class BlockNode extends ExprNode {
    @Children private final PipelineNode[] pipelines;

    /** A block that is one plain expression ({@code ($i mod 10)}): its value, without the pipeline plumbing. */
    private final ExprNode sole;

    public BlockNode(PipelineNode[] pipelines, Span span) {
        super(span);
        this.pipelines = pipelines;
        this.sole = pipelines.length == 1 ? pipelines[0].soleValueStage() : null;
    }

    @ExplodeLoop
    @Override public PipelineData executePipeline(VirtualFrame frame, PipelineData input) {
        int n = pipelines.length;
        if (n == 0) return input;  // nu: an empty closure body passes its input through ([1 2] | each {})
        PipelineData in = input;
        for (int i = 0; i < n - 1; i++) {
            drain(pipelines[i].run(frame, in), context());
            in = PipelineData.EMPTY;
        }
        return pipelines[n - 1].run(frame, in);
    }

    /**
     * For a caller that collects anyway: a {@link Value} when the block is one plain expression, else the pipeline.
     * {@code input} is PipelineData or a single Value.
     */
    public Object executeForValue(VirtualFrame frame, Object input) {
        if (sole != null) return sole.execute(frame);
        return executePipeline(frame, input instanceof PipelineData p ? p : PipelineData.of((Value) input));
    }

    @Override public Value execute(VirtualFrame frame) {
        if (sole != null) return sole.execute(frame);
        return collect(executePipeline(frame, PipelineData.EMPTY));
    }

    /** The value of a pipeline's output; the common single-value case stays inlinable (no boundary). */
    public static Value collect(PipelineData d) {
        if (d instanceof PipelineData.Single s) return s.value();
        if (d == PipelineData.EMPTY) return Value.NOTHING;
        return collectSlow(d);
    }

    @TruffleBoundary
    private static Value collectSlow(PipelineData d) { return d.collect(); }

    /** Consumes a non-final pipeline's output the way nu does. */
    @TruffleBoundary
    public static void drain(PipelineData d, NuContext ctx) {
        if (d instanceof PipelineData.ByteStream bs) {
            ctx.printBytes(bs);
        } else if (d instanceof PipelineData.Stream s) {
            var it = s.iterator();
            while (it.hasNext()) {
                Value v = it.next();
                if (v instanceof Value.ErrorV e) throw new dev.nuebpf.command.ShellException(e.diagnostic(), e.raw());
            }
        } else if (d instanceof PipelineData.Single s && s.value() instanceof Value.ErrorV e) {
            throw new dev.nuebpf.command.ShellException(e.diagnostic(), e.raw());
        }
    }
}
