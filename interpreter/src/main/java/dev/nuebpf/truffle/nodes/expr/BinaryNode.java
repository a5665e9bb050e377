package dev.nuebpf.truffle.nodes.expr;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Operators;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.BinOp;
import dev.nuebpf.truffle.nodes.ExprNode;

/**
 * A binary operator other than the short-circuiting ones. Int/int and float/float arithmetic and
 * comparisons are inlined (the hot cases in loops); everything else goes to {@link Operators}.
 */
public final class BinaryNode extends ExprNode {
    @Child private ExprNode left;
    @Child private ExprNode right;
    private final BinOp op;
    private final Span opSpan;
    /** 0 = not yet seen, 1 = only int/int so far, 2 = generic. */
    @CompilationFinal private int state;

    public BinaryNode(BinOp op, ExprNode left, ExprNode right, Span opSpan, Span span) {
        super(span);
        this.op = op;
        this.left = left;
        this.right = right;
        this.opSpan = opSpan;
    }

    @Override public Value execute(VirtualFrame frame) {
        Value a = left.execute(frame);
        Value b = right.execute(frame);
        return apply(a, b);
    }

    /** Also used by compound assignment ({@code +=}). */
    public Value apply(Value a, Value b) {
        if (state != 2) {
            if (a instanceof Value.Int x && b instanceof Value.Int y) {
                if (state == 0) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    state = 1;
                }
                Value r = intOp(x.value(), y.value());
                if (r != null) return r;
            } else if (state == 1) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                state = 2;
            } else {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                state = 2;
            }
        }
        return generic(a, b);
    }

    private Value intOp(long x, long y) {
        switch (op) {
            case ADD: {
                long r = x + y;
                if (((x ^ r) & (y ^ r)) < 0) return null;
                return Value.Int.of(r);
            }
            case SUB: {
                long r = x - y;
                if (((x ^ y) & (x ^ r)) < 0) return null;
                return Value.Int.of(r);
            }
            case MUL: {
                long hi = Math.multiplyHigh(x, y), lo = x * y;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return Value.Int.of(lo);
                return null;
            }
            case LT: return Value.Bool.of(x < y);
            case LE: return Value.Bool.of(x <= y);
            case GT: return Value.Bool.of(x > y);
            case GE: return Value.Bool.of(x >= y);
            case EQ: return Value.Bool.of(x == y);
            case NE: return Value.Bool.of(x != y);
            case MOD: return y == 0 ? null : Value.Int.of(Math.floorMod(x, y));
            case FLOOR_DIV: return y == 0 || (x == Long.MIN_VALUE && y == -1) ? null : Value.Int.of(Math.floorDiv(x, y));
            case BIT_AND: return Value.Int.of(x & y);
            case BIT_OR: return Value.Int.of(x | y);
            case BIT_XOR: return Value.Int.of(x ^ y);
            default: return null;
        }
    }

    @TruffleBoundary
    private Value generic(Value a, Value b) {
        return Operators.binary(op, a, b, opSpan, left.span(), right.span());
    }
}
