package dev.nuebpf.truffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.CallImpl;
import dev.nuebpf.truffle.ErrorRecords;
import dev.nuebpf.truffle.NuContext;
import dev.nuebpf.truffle.nodes.ExprNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A call of a built-in command. Arguments were matched to the signature when translating; here they are
 * evaluated, coerced to the declared shapes, and handed to {@link Command#run} with the pipeline input.
 */
public final class BuiltinCallNode extends CallNode {
    private final Command command;
    @Children private final ExprNode[] positionals;   // by signature index; null when absent
    @Children private final ExprNode[] rest;
    @CompilationFinal(dimensions = 1) private final boolean[] restSpread;
    private final String[] flagNames;
    @Children private final ExprNode[] flagValues;    // null for a plain switch
    private Span inputSpan;

    public Command command() { return command; }

    /** Where this call's pipeline input comes from (the previous stage), for error labels. */
    public void setInputSpan(Span s) { inputSpan = s; }

    public BuiltinCallNode(Command command, Span head, ExprNode[] positionals, ExprNode[] rest, boolean[] restSpread,
                           String[] flagNames, ExprNode[] flagValues, Span span) {
        super(head, span);
        this.command = command;
        this.positionals = positionals;
        this.rest = rest;
        this.restSpread = restSpread;
        this.flagNames = flagNames;
        this.flagValues = flagValues;
    }

    @ExplodeLoop
    @Override public PipelineData executePipeline(VirtualFrame frame, PipelineData input) {
        Value[] pos = new Value[positionals.length];
        for (int i = 0; i < positionals.length; i++) if (positionals[i] != null) pos[i] = positionals[i].execute(frame);
        Value[] restVals = new Value[rest.length];
        for (int i = 0; i < rest.length; i++) restVals[i] = rest[i].execute(frame);
        Value[] flags = new Value[flagValues.length];
        for (int i = 0; i < flagValues.length; i++) flags[i] = flagValues[i] == null ? Value.Bool.TRUE : flagValues[i].execute(frame);
        return invoke(context(), input, pos, restVals, flags);
    }

    @TruffleBoundary
    private PipelineData invoke(NuContext ctx, PipelineData input, Value[] pos, Value[] restVals, Value[] flags) {
        Span[] posSpans = new Span[positionals.length];
        for (int i = 0; i < positionals.length; i++) if (positionals[i] != null) posSpans[i] = positionals[i].span();
        List<Value> restList = new ArrayList<>();
        List<Span> restSpans = new ArrayList<>();
        for (int i = 0; i < rest.length; i++) {
            if (restSpread[i] && restVals[i] instanceof Value.ListV l) {
                for (Value v : l.items()) {
                    restList.add(v);
                    restSpans.add(rest[i].span());
                }
            } else {
                restList.add(restVals[i]);
                restSpans.add(rest[i].span());
            }
        }
        Span[] flagSpans = new Span[flagNames.length];
        for (int i = 0; i < flagNames.length; i++) flagSpans[i] = flagValues[i] == null ? head : flagValues[i].span();
        CallImpl call = new CallImpl(ctx, command, head, span, pos, posSpans, restList, restSpans, flagNames, flags, flagSpans)
                .withInputSpan(inputSpan);
        ctx.checkInterrupt(head);
        try {
            PipelineData out = command.run(call, input);
            return out == null ? PipelineData.EMPTY : out;
        } catch (ShellException | com.oracle.truffle.api.nodes.ControlFlowException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw ErrorRecords.recursion(head);
        } catch (RuntimeException e) {
            if (e instanceof com.oracle.truffle.api.exception.AbstractTruffleException) throw e;
            throw ErrorRecords.internal(e, head);
        }
    }
}
