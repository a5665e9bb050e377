package dev.nuebpf.truffle.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;

/**
 * A node producing one value. Expressions that can also stream (calls, subexpressions) override
 * {@link #executePipeline} so pipelines stay lazy; the default wraps the value.
 */
public abstract class ExprNode extends NuNode {
    protected ExprNode(Span span) { super(span); }

    public abstract Value execute(VirtualFrame frame);

    /** Runs as a pipeline stage; {@code input} is ignored by plain expressions (nu: {@code 1 | 2} is 2). */
    public PipelineData executePipeline(VirtualFrame frame, PipelineData input) {
        return PipelineData.of(execute(frame));
    }
}
