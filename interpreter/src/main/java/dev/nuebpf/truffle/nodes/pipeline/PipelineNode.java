package dev.nuebpf.truffle.nodes.pipeline;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.truffle.nodes.NuNode;
import dev.nuebpf.truffle.nodes.ExprNode;

/** {@code a | b | c}: each stage gets the previous stage's output as input; streams stay lazy. */
public final class PipelineNode extends NuNode {
    @Children private final ExprNode[] stages;

    public PipelineNode(ExprNode[] stages, Span span) {
        super(span);
        this.stages = stages;
    }

    @ExplodeLoop
    public PipelineData run(VirtualFrame frame, PipelineData input) {
        PipelineData d = input;
        for (ExprNode s : stages) d = s.executePipeline(frame, d);
        return d;
    }
}
