package dev.nuebpf.truffle.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.nodes.ExprNode;

/** Closure prologue: copies the i-th captured value into its slot. */
public final class CaptureNode extends ExprNode {
    private final int index;
    private final int slot;

    public CaptureNode(int index, int slot, Span span) {
        super(span);
        this.index = index;
        this.slot = slot;
    }

    @Override public Value execute(VirtualFrame frame) {
        Object[] caps = (Object[]) frame.getArguments()[FunctionRootNode.ARG_CAPTURES];
        frame.setObject(slot, caps[index]);
        return Value.NOTHING;
    }
}
