package dev.nuebpf.truffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.command.Errors;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Operators;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import dev.nuebpf.truffle.nodes.ExprNode;

/** {@code from..to}, {@code from..next..to}, {@code from..<to}; a missing start is 0, a missing end is open. */
public final class RangeNode extends ExprNode {
    @Child private ExprNode from;
    @Child private ExprNode next;
    @Child private ExprNode to;
    private final boolean inclusive;

    public RangeNode(ExprNode from, ExprNode next, ExprNode to, boolean inclusive, Span span) {
        super(span);
        this.from = from;
        this.next = next;
        this.to = to;
        this.inclusive = inclusive;
    }

    @Override public Value execute(VirtualFrame frame) {
        Value a = from == null ? Value.of(0) : number(from.execute(frame), from.span());
        Value n = next == null ? null : number(next.execute(frame), next.span());
        Value b = to == null ? null : number(to.execute(frame), to.span());
        if (b == Value.NOTHING) b = null;
        Value step = null;
        if (n != null) {
            step = Operators.sub(n, a, span, span, span);
            if (ValueOps.toDouble(step) == 0) {
                throw Errors.incorrectValue("the step of a range can't be zero", next.span());
            }
        } else if (b != null) {
            boolean down = ValueOps.toDouble(b) < ValueOps.toDouble(a);
            step = (a instanceof Value.Float || b instanceof Value.Float) ? Value.of(down ? -1.0 : 1.0) : Value.of(down ? -1 : 1);
        }
        boolean isFloat = a instanceof Value.Float || b instanceof Value.Float || step instanceof Value.Float;
        if (isFloat) {
            a = Value.of(ValueOps.toDouble(a));
            if (b != null) b = Value.of(ValueOps.toDouble(b));
            if (step != null) step = Value.of(ValueOps.toDouble(step));
        }
        return new Value.RangeV(a, step, b, inclusive);
    }

    private static Value number(Value v, Span s) {
        if (v instanceof Value.Int || v instanceof Value.Float) return v;
        if (v == Value.NOTHING) return v;
        throw Errors.typeMismatch("number", v, s);
    }
}
