package dev.nuebpf.truffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Operators;
import dev.nuebpf.runtime.Types;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.nodes.ExprNode;

/** {@code not x} and {@code -x}. */
public final class UnaryNode extends ExprNode {
    @Child private ExprNode operand;
    private final boolean not;

    public UnaryNode(boolean not, ExprNode operand, Span span) {
        super(span);
        this.not = not;
        this.operand = operand;
    }

    @Override public Value execute(VirtualFrame frame) {
        Value v = operand.execute(frame);
        if (not) {
            if (v instanceof Value.Bool b) return Value.Bool.of(!b.value());
            throw type("bool", v);
        }
        if (v instanceof Value.Int i) {
            if (i.value() == Long.MIN_VALUE) throw Operators.overflow("negate", span);
            return Value.of(-i.value());
        }
        if (v instanceof Value.Float f) return Value.of(-f.value());
        if (v instanceof Value.Duration d) return new Value.Duration(-d.nanos());
        if (v instanceof Value.Filesize f) return new Value.Filesize(-f.bytes());
        throw type("number", v);
    }

    private ShellException type(String expected, Value v) {
        return new ShellException(Diagnostic.builder("nu::parser::type_mismatch", "Type mismatch.")
                .label(operand.span(), "expected " + expected + ", found " + Types.of(v)).build());
    }
}
