package dev.nuebpf.truffle.nodes.expr;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import dev.nuebpf.command.Errors;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.nodes.ExprNode;
import java.util.ArrayList;
import java.util.List;

/** {@code [a, b, ...$c]}: evaluates items in order, splicing spread lists. */
public final class ListNode extends ExprNode {
    @Children private final ExprNode[] items;
    @CompilationFinal(dimensions = 1) private final boolean[] spread;

    public ListNode(ExprNode[] items, boolean[] spread, Span span) {
        super(span);
        this.items = items;
        this.spread = spread;
    }

    @ExplodeLoop
    @Override public Value execute(VirtualFrame frame) {
        List<Value> out = new ArrayList<>(items.length);
        for (int i = 0; i < items.length; i++) {
            Value v = items[i].execute(frame);
            if (spread[i]) addSpread(out, v, items[i].span());
            else out.add(v);
        }
        return new Value.ListV(out);
    }

    static void addSpread(List<Value> out, Value v, Span s) {
        if (v instanceof Value.ListV l) out.addAll(l.items());
        else if (v == Value.NOTHING) return;
        else throw Errors.typeMismatch("list", v, s);
    }
}
