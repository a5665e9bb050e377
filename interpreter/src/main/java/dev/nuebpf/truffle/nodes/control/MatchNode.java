package dev.nuebpf.truffle.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.nodes.ExprNode;

/** {@code match subject { pattern if guard => body, ... }}: the first matching arm's value, else nothing. */
public final class MatchNode extends ExprNode {
    @Child private ExprNode subject;
    @Children private final PatternNode[] patterns;
    @Children private final ExprNode[] guards;
    @Children private final ExprNode[] bodies;

    public MatchNode(ExprNode subject, PatternNode[] patterns, ExprNode[] guards, ExprNode[] bodies, Span span) {
        super(span);
        this.subject = subject;
        this.patterns = patterns;
        this.guards = guards;
        this.bodies = bodies;
    }

    @ExplodeLoop
    @Override public PipelineData executePipeline(VirtualFrame frame, PipelineData input) {
        Value v = subject.execute(frame);
        for (int i = 0; i < patterns.length; i++) {
            if (!patterns[i].match(frame, v)) continue;
            if (guards[i] != null) {
                Value g = guards[i].execute(frame);
                if (!(g instanceof Value.Bool b) || !b.value()) continue;
            }
            return bodies[i].executePipeline(frame, PipelineData.EMPTY);
        }
        return PipelineData.EMPTY;
    }

    @Override public Value execute(VirtualFrame frame) {
        return BlockNode.collect(executePipeline(frame, PipelineData.EMPTY));
    }
}
