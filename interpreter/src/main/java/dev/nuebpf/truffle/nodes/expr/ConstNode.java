package dev.nuebpf.truffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.nodes.ExprNode;

/** A literal or a value known when translating (const variables, cell-path literals). */
public final class ConstNode extends ExprNode {
    private final Value value;

    public ConstNode(Value value, Span span) {
        super(span);
        this.value = value;
    }

    public Value value() { return value; }

    @Override public Value execute(VirtualFrame frame) { return value; }
}
