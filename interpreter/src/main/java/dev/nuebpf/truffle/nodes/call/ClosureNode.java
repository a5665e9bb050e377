package dev.nuebpf.truffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.truffle.ClosureTarget;
import dev.nuebpf.truffle.nodes.ExprNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creates a closure value: copies the captured variables out of the current frame (nu closures capture
 * by value; capturing a {@code mut} is a compile error), and records the AST and captures by name for the
 * eBPF compiler.
 */
public final class ClosureNode extends ExprNode {
    private final RootCallTarget target;
    @CompilationFinal(dimensions = 1) private final int[] captureSlots;
    private final String[] captureNames;
    private final Expr.Closure ast;
    private final Map<String, Value> constants;

    public ClosureNode(RootCallTarget target, int[] captureSlots, String[] captureNames, Expr.Closure ast, Span span,
                       Map<String, Value> constants) {
        super(span);
        this.constants = Map.copyOf(constants);
        this.target = target;
        this.captureSlots = captureSlots;
        this.captureNames = captureNames;
        this.ast = ast;
    }

    @ExplodeLoop
    @Override public Value execute(VirtualFrame frame) {
        Object[] caps = new Object[captureSlots.length];
        for (int i = 0; i < captureSlots.length; i++) {
            Object v = frame.getObject(captureSlots[i]);
            caps[i] = v instanceof Value ? v : Value.NOTHING;
        }
        return make(caps);
    }

    @TruffleBoundary
    private Value make(Object[] caps) {
        Map<String, Value> byName = new LinkedHashMap<>(constants);
        for (int i = 0; i < caps.length; i++) byName.put(captureNames[i], (Value) caps[i]);
        return new Value.ClosureV(new ClosureTarget(target, caps, ast), ast, byName);
    }
}
