package dev.nuebpf.truffle.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.nodes.ControlFlow;
import dev.nuebpf.truffle.nodes.ExprNode;

/** {@code break}, {@code continue}, {@code return [value]}. */
public final class JumpNodes {
    private JumpNodes() {}

    public static final class BreakNode extends ExprNode {
        public BreakNode(Span span) { super(span); }
        @Override public Value execute(VirtualFrame frame) { throw new ControlFlow.Break(span); }
    }

    public static final class ContinueNode extends ExprNode {
        public ContinueNode(Span span) { super(span); }
        @Override public Value execute(VirtualFrame frame) { throw new ControlFlow.Continue(span); }
    }

    public static final class ReturnNode extends ExprNode {
        @Child private ExprNode value;

        public ReturnNode(ExprNode value, Span span) {
            super(span);
            this.value = value;
        }

        @Override public Value execute(VirtualFrame frame) {
            throw new ControlFlow.Return(value == null ? Value.NOTHING : value.execute(frame));
        }
    }
}
