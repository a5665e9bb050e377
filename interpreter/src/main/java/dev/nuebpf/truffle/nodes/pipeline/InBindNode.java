package dev.nuebpf.truffle.nodes.pipeline;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.nodes.ExprNode;
import dev.nuebpf.truffle.nodes.control.BlockNode;

/**
 * A pipeline stage that mentions {@code $in}: like nu, the input is collected, bound to {@code $in} and
 * passed on as the stage's input.
 */
public final class InBindNode extends ExprNode {
    private final int slot;
    @Child private ExprNode inner;

    public InBindNode(int slot, ExprNode inner, Span span) {
        super(span);
        this.slot = slot;
        this.inner = inner;
    }

    @Override public PipelineData executePipeline(VirtualFrame frame, PipelineData input) {
        Value v = BlockNode.collect(input);
        frame.setObject(slot, v);
        return inner.executePipeline(frame, PipelineData.of(v));
    }

    @Override public Value execute(VirtualFrame frame) {
        return BlockNode.collect(executePipeline(frame, PipelineData.EMPTY));
    }
}
