package dev.nuebpf.truffle.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.ErrorRecords;
import dev.nuebpf.truffle.NuContext;
import dev.nuebpf.truffle.nodes.ExprNode;

/**
 * {@code try { } catch {|e| }}: the body's output is collected inside the try (so errors raised while
 * streaming are caught too); the handler, a closure, receives nu's error record as argument and input.
 */
public final class TryNode extends ExprNode {
    @Child private ExprNode body;
    @Child private ExprNode handler;   // evaluates to a closure value, or null
    @Child private ExprNode finallyBody;
    @Child private ExprNode finallyClosure;   // `finally {|x| ..}`: evaluates to a closure given the result

    public TryNode(ExprNode body, ExprNode handler, ExprNode finallyBody, Span span) {
        this(body, handler, finallyBody, null, span);
    }

    public TryNode(ExprNode body, ExprNode handler, ExprNode finallyBody, ExprNode finallyClosure, Span span) {
        super(span);
        this.body = body;
        this.handler = handler;
        this.finallyBody = finallyBody;
        this.finallyClosure = finallyClosure;
    }

    @Override public Value execute(VirtualFrame frame) {
        Value result = Value.NOTHING;
        try {
            Value v = body.execute(frame);
            if (v instanceof Value.ErrorV e) throw new ShellException(e.diagnostic(), e.raw());
            result = v;
            return v;
        } catch (ShellException e) {
            result = handle(frame, ErrorRecords.toRecord(e));
            return result;
        } catch (RuntimeException e) {
            if (e instanceof com.oracle.truffle.api.nodes.ControlFlowException) throw e;
            result = handle(frame, ErrorRecords.toRecord(ErrorRecords.internal(e, span)));
            return result;
        } catch (StackOverflowError e) {
            result = handle(frame, ErrorRecords.toRecord(ErrorRecords.recursion(span)));
            return result;
        } finally {
            if (finallyClosure != null) call(context(), finallyClosure.execute(frame), result);
            else if (finallyBody != null) finallyBody.execute(frame);
        }
    }

    private Value handle(VirtualFrame frame, Value errorRecord) {
        if (handler == null) {
            // `try {..} finally {..}` without catch does not swallow the error
            if ((finallyBody != null || finallyClosure != null) && errorRecord instanceof dev.nuebpf.runtime.Record r && r.get("raw") instanceof Value.ErrorV e) {
                throw new ShellException(e.diagnostic(), e.raw());
            }
            return Value.NOTHING;
        }
        Value h = handler.execute(frame);
        return call(context(), h, errorRecord);
    }

    @TruffleBoundary
    private Value call(NuContext ctx, Value h, Value err) {
        if (!(h instanceof Value.ClosureV c)) return Value.NOTHING;
        return ctx.engine().callHandler(c, err, span).collect();
    }
}
