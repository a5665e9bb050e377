package dev.nuebpf.truffle.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.nodes.ExprNode;
import dev.nuebpf.truffle.nodes.expr.BinaryNode;

/** {@code $x = v}, {@code $x += v}...: {@code op} is null for plain assignment. */
public final class AssignLocalNode extends ExprNode {
    private final int slot;
    @Child private ExprNode value;
    @Child private BinaryNode op;

    public AssignLocalNode(int slot, ExprNode value, BinaryNode op, Span span) {
        super(span);
        this.slot = slot;
        this.value = value;
        this.op = op;
    }

    @Override public Value execute(VirtualFrame frame) {
        Value v = value.execute(frame);
        if (op != null) {
            Object old = frame.getObject(slot);
            v = op.apply(old == null ? Value.NOTHING : (Value) old, v);
        }
        frame.setObject(slot, v);
        return Value.NOTHING;
    }
}
