package dev.nuebpf.truffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.Externals;
import dev.nuebpf.truffle.nodes.ExprNode;
import dev.nuebpf.truffle.nodes.control.BlockNode;
import java.util.ArrayList;
import java.util.List;

/** {@code ^cmd args} or an unknown word: runs a program with the pipeline input as its stdin. */
public final class ExternalNode extends ExprNode {
    @Child private ExprNode head;
    @Children private final ExprNode[] args;
    @CompilationFinal(dimensions = 1) private final boolean[] spread;
    @CompilationFinal(dimensions = 1) private final boolean[] bare;
    private final boolean captureStderr;

    public ExternalNode(ExprNode head, ExprNode[] args, boolean[] spread, boolean[] bare, boolean captureStderr, Span span) {
        super(span);
        this.head = head;
        this.args = args;
        this.spread = spread;
        this.bare = bare;
        this.captureStderr = captureStderr;
    }

    @ExplodeLoop
    @Override public PipelineData executePipeline(VirtualFrame frame, PipelineData input) {
        Value h = head.execute(frame);
        Value[] vals = new Value[args.length];
        for (int i = 0; i < args.length; i++) vals[i] = args[i].execute(frame);
        return run(h, vals, input);
    }

    @TruffleBoundary
    private PipelineData run(Value h, Value[] vals, PipelineData input) {
        List<String> argv = new ArrayList<>();
        for (int i = 0; i < vals.length; i++) {
            Value v = vals[i];
            if (v instanceof Value.ListV l && spread[i]) {
                for (Value item : l.items()) argv.add(ValueDisplay.toText(item));
            } else if (bare[i] && v instanceof Value.Str s) {
                argv.addAll(Externals.expandGlob(s.value(), context().cwd()));
            } else {
                argv.add(ValueDisplay.toText(v));
            }
        }
        String name = ValueDisplay.toText(h);
        if (name.startsWith("%") && name.length() > 1) {
            // `%name args`: the built-in command of that name, even when a def shadows it
            return Externals.callBuiltin(context(), name.substring(1), head.span(), vals, spread, input, span);
        }
        return Externals.run(context(), name, head.span(), argv, input, captureStderr, span);
    }

    @Override public Value execute(VirtualFrame frame) {
        return BlockNode.collect(executePipeline(frame, PipelineData.EMPTY));
    }
}
