package dev.nuebpf.truffle.nodes.local;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.nodes.ExprNode;

/**
 * {@code $in}: the slot holds the block's input as PipelineData until first read, when it is collected
 * (a stream becomes a list) and the value is kept for later reads.
 */
public final class ReadInNode extends ExprNode {
    private final int slot;

    public ReadInNode(int slot, Span span) {
        super(span);
        this.slot = slot;
    }

    @Override public Value execute(VirtualFrame frame) {
        Object v = frame.getObject(slot);
        if (v instanceof Value value) return value;
        Value collected = collect(v);
        frame.setObject(slot, collected);
        return collected;
    }

    @TruffleBoundary
    private static Value collect(Object v) {
        if (v instanceof PipelineData pd) return pd.collect();
        return Value.NOTHING;
    }
}
