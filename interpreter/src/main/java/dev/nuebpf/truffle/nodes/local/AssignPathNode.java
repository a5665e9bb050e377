package dev.nuebpf.truffle.nodes.local;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.CellPaths;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.truffle.nodes.ExprNode;
import dev.nuebpf.truffle.nodes.expr.BinaryNode;
import java.util.List;

/** {@code $x.a.0 = v} (and compound forms): rebuilds the variable's value with the member replaced. */
public final class AssignPathNode extends ExprNode {
    private final int slot;
    private final List<PathMember> path;
    @Child private ExprNode value;
    @Child private BinaryNode op;

    public AssignPathNode(int slot, List<PathMember> path, ExprNode value, BinaryNode op, Span span) {
        super(span);
        this.slot = slot;
        this.path = path;
        this.value = value;
        this.op = op;
    }

    @Override public Value execute(VirtualFrame frame) {
        Value v = value.execute(frame);
        Object old = frame.getObject(slot);
        frame.setObject(slot, rewrite(old == null ? Value.NOTHING : (Value) old, v));
        return Value.NOTHING;
    }

    @TruffleBoundary
    private Value rewrite(Value base, Value v) {
        if (op != null) {
            Value cur = CellPaths.follow(base, path, span);
            Value nv = op.apply(cur, v);
            return CellPaths.upsert(base, path, x -> nv, span);
        }
        return CellPaths.upsert(base, path, x -> v, span);
    }
}
