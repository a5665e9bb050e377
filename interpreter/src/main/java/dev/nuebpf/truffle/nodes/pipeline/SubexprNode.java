package dev.nuebpf.truffle.nodes.pipeline;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.nodes.ExprNode;
import dev.nuebpf.truffle.nodes.control.BlockNode;

/** {@code (pipelines)}: runs inline; as a pipeline stage its output keeps streaming. */
public final class SubexprNode extends ExprNode {
    @Child private BlockNode block;

    public SubexprNode(BlockNode block, Span span) {
        super(span);
        this.block = block;
    }

    @Override public PipelineData executePipeline(VirtualFrame frame, PipelineData input) {
        // nu: a subexpression heading a pipeline receives that pipeline's input
        return block.executePipeline(frame, input);
    }

    @Override public Value execute(VirtualFrame frame) { return block.execute(frame); }
}
