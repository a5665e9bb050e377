package dev.nuebpf.truffle.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.nodes.ExprNode;

/** Reads a variable from its frame slot. */
public final class ReadLocalNode extends ExprNode {
    private final int slot;

    public ReadLocalNode(int slot, Span span) {
        super(span);
        this.slot = slot;
    }

    @Override public Value execute(VirtualFrame frame) {
        Object v = frame.getObject(slot);
        return v == null ? Value.NOTHING : (Value) v;
    }
}
