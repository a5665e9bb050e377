package dev.nuebpf.truffle.nodes.expr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.nodes.ExprNode;

/** {@code $"a (expr) b"}: parts rendered with {@link ValueDisplay#toText} and concatenated. */
public final class InterpolationNode extends ExprNode {
    @Children private final ExprNode[] parts;

    public InterpolationNode(ExprNode[] parts, Span span) {
        super(span);
        this.parts = parts;
    }

    @ExplodeLoop
    @Override public Value execute(VirtualFrame frame) {
        StringBuilder sb = new StringBuilder();
        for (ExprNode p : parts) append(sb, p.execute(frame));
        return Value.of(sb.toString());
    }

    @TruffleBoundary
    private static void append(StringBuilder sb, Value v) {
        if (v instanceof Value.ErrorV e) throw new dev.nuebpf.command.ShellException(e.diagnostic(), e.raw());
        sb.append(ValueDisplay.toText(v));
    }
}
