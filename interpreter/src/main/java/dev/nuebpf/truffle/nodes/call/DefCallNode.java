package dev.nuebpf.truffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.ErrorRecords;
import dev.nuebpf.truffle.nodes.ExprNode;
import dev.nuebpf.truffle.translate.DefInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A call of a custom command ({@code def}). Arguments are matched to parameters when translating; the
 * def's body is translated on its first call (so recursion and later redefinition work).
 */
public final class DefCallNode extends CallNode {
    private final DefInfo def;
    @Children private final ExprNode[] args;          // per parameter; null when absent
    private final int restIndex;                      // parameter index of the rest param, or -1
    @Children private final ExprNode[] rest;
    @CompilationFinal(dimensions = 1) private final boolean[] restSpread;
    @Children private final ExprNode[] captures;
    @Child private DirectCallNode call;

    public DefCallNode(DefInfo def, Span head, ExprNode[] captures, ExprNode[] args, int restIndex, ExprNode[] rest, boolean[] restSpread, Span span) {
        super(head, span);
        this.captures = captures;
        this.def = def;
        this.args = args;
        this.restIndex = restIndex;
        this.rest = rest;
        this.restSpread = restSpread;
    }

    @ExplodeLoop
    @Override public PipelineData executePipeline(VirtualFrame frame, PipelineData input) {
        Object[] bound = new Object[args.length];
        Span[] spans = new Span[args.length];
        for (int i = 0; i < args.length; i++) {
            if (args[i] != null) {
                bound[i] = args[i].execute(frame);
                spans[i] = args[i].span();
            }
        }
        if (restIndex >= 0) {
            Value[] vals = new Value[rest.length];
            for (int i = 0; i < rest.length; i++) vals[i] = rest[i].execute(frame);
            bound[restIndex] = restList(vals);
        }
        if (def.hasInputTypes()) checkInput(input);
        Object[] caps = new Object[captures.length];
        for (int i = 0; i < captures.length; i++) caps[i] = captures[i].execute(frame);
        if (call == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            call = insert(DirectCallNode.create(def.callTarget()));
        }
        try {
            return (PipelineData) call.call(input, caps, bound, spans);
        } catch (StackOverflowError e) {
            throw ErrorRecords.recursion(span);
        }
    }

    @TruffleBoundary
    private void checkInput(PipelineData input) {
        String bad = def.unsupportedInput(input);
        if (bad != null) {
            throw dev.nuebpf.command.ShellException.of("nu::parser::input_type_mismatch", "Command does not support " + bad + " input.",
                    head, "command doesn't support " + bad + " input");
        }
    }

    @TruffleBoundary
    private Value restList(Value[] vals) {
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < vals.length; i++) {
            if (restSpread[i] && vals[i] instanceof Value.ListV l) out.addAll(l.items());
            else out.add(vals[i]);
        }
        return new Value.ListV(out);
    }
}
