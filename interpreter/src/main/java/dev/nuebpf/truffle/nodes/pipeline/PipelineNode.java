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

    /**
     * The only stage, when it is a plain expression (it does not override {@link ExprNode#executePipeline}, so
     * running it as a pipeline is just wrapping its value); else null.
     */
    public ExprNode soleValueStage() {
        if (stages.length != 1) return null;
        return PLAIN.get(stages[0].getClass()) ? stages[0] : null;
    }

    private static final ClassValue<Boolean> PLAIN = new ClassValue<>() {
        @Override protected Boolean computeValue(Class<?> c) {
            try {
                return c.getMethod("executePipeline", VirtualFrame.class, PipelineData.class).getDeclaringClass() == ExprNode.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };

    @ExplodeLoop
    public PipelineData run(VirtualFrame frame, PipelineData input) {
        PipelineData d = input;
        for (ExprNode s : stages) d = s.executePipeline(frame, d);
        return d;
    }
}
