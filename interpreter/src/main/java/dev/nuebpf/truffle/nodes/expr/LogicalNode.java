package dev.nuebpf.truffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Operators;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.BinOp;
import dev.nuebpf.truffle.nodes.ExprNode;

/** {@code and} / {@code or}: the right side runs only when needed; both sides must be bools. */
public final class LogicalNode extends ExprNode {
    @Child private ExprNode left;
    @Child private ExprNode right;
    private final boolean isAnd;
    private final Span opSpan;

    public LogicalNode(boolean isAnd, ExprNode left, ExprNode right, Span opSpan, Span span) {
        super(span);
        this.isAnd = isAnd;
        this.left = left;
        this.right = right;
        this.opSpan = opSpan;
    }

    @Override public Value execute(VirtualFrame frame) {
        Value a = left.execute(frame);
        if (!(a instanceof Value.Bool x)) throw Operators.unsupported(isAnd ? BinOp.AND : BinOp.OR, a, opSpan, left.span());
        if (isAnd != x.value()) return x;
        Value b = right.execute(frame);
        if (!(b instanceof Value.Bool)) throw Operators.unsupported(isAnd ? BinOp.AND : BinOp.OR, b, opSpan, right.span());
        return b;
    }
}
