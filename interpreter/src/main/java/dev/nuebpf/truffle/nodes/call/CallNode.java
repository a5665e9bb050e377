package dev.nuebpf.truffle.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.nodes.ExprNode;
import dev.nuebpf.truffle.nodes.control.BlockNode;

/**
 * A command call: a built-in ({@link BuiltinCallNode}) or a def ({@link DefCallNode}). Both take the
 * pipeline input and produce (possibly streaming) pipeline data; used as a plain expression the output
 * is collected. Arguments are matched to the signature when translating, so both kinds differ only in
 * how the callee runs.
 */
public abstract class CallNode extends ExprNode {
    protected final Span head;

    protected CallNode(Span head, Span span) {
        super(span);
        this.head = head;
    }

    public final Span head() { return head; }

    @Override public abstract PipelineData executePipeline(VirtualFrame frame, PipelineData input);

    @Override public final Value execute(VirtualFrame frame) {
        return BlockNode.collect(executePipeline(frame, PipelineData.EMPTY));
    }
}
