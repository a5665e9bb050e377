package dev.nuebpf.truffle.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.RepeatingNode;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Types;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.Values;
import dev.nuebpf.truffle.NuContext;
import dev.nuebpf.truffle.nodes.ControlFlow;
import dev.nuebpf.truffle.nodes.ExprNode;
import dev.nuebpf.truffle.nodes.NuNode;
import java.util.Iterator;

/**
 * {@code while}, {@code loop} and {@code for}, built on Truffle {@link LoopNode} so long-running loops
 * get on-stack replacement. {@code for} over an int range counts in a long frame slot instead of
 * iterating boxed values. Each iteration checks for Ctrl-C.
 */
public final class LoopNodes {
    private LoopNodes() {}

    static void checkInterrupt(NuContext ctx, Span span) {
        if (ctx.interruptRequested()) throw ctx.interruptedError(span);
    }

    /** Runs the body once; returns false on break. */
    static boolean runBody(ExprNode body, VirtualFrame frame) {
        try {
            body.execute(frame);
        } catch (ControlFlow.Continue c) {
            // next iteration
        } catch (ControlFlow.Break b) {
            return false;
        }
        return true;
    }

    public static final class WhileNode extends ExprNode {
        @Child private LoopNode loop;

        public WhileNode(ExprNode condition, ExprNode body, Span span) {
            super(span);
            this.loop = Truffle.getRuntime().createLoopNode(new WhileRepeat(condition, body, span));
        }

        @Override public Value execute(VirtualFrame frame) {
            loop.execute(frame);
            return Value.NOTHING;
        }
    }

    static final class WhileRepeat extends NuNode implements RepeatingNode {
        @Child private ExprNode condition;
        @Child private ExprNode body;

        WhileRepeat(ExprNode condition, ExprNode body, Span span) {
            super(span);
            this.condition = condition;
            this.body = body;
        }

        @Override public boolean executeRepeating(VirtualFrame frame) {
            checkInterrupt(context(), span);
            if (condition == null) return runBody(body, frame);
            Value c = condition.execute(frame);
            if (!(c instanceof Value.Bool b)) {
                throw new ShellException(Diagnostic.builder("nu::shell::type_mismatch", "Type mismatch.")
                        .label(condition.span(), "expected bool, found " + Types.of(c)).build());
            }
            if (!b.value()) return false;
            return runBody(body, frame);
        }
    }

    /** {@code for var in iterable { body }}. */
    public static final class ForNode extends ExprNode {
        @Child private ExprNode iterable;
        @Child private LoopNode loop;
        private final int counterSlot, endSlot, stepSlot, iterSlot;

        public ForNode(int varSlot, int counterSlot, int endSlot, int stepSlot, int iterSlot, ExprNode iterable, ExprNode body, Span span) {
            super(span);
            this.iterable = iterable;
            this.counterSlot = counterSlot;
            this.endSlot = endSlot;
            this.stepSlot = stepSlot;
            this.iterSlot = iterSlot;
            this.loop = Truffle.getRuntime().createLoopNode(new ForRepeat(varSlot, counterSlot, endSlot, stepSlot, iterSlot, body, span));
        }

        @Override public Value execute(VirtualFrame frame) {
            Value it = iterable.execute(frame);
            if (it instanceof Value.RangeV r && r.start() instanceof Value.Int s
                    && (r.step() == null || r.step() instanceof Value.Int) && (r.end() == null || r.end() instanceof Value.Int)) {
                long step = r.step() == null ? 1 : ((Value.Int) r.step()).value();
                long end;
                if (r.end() == null) end = step > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
                else {
                    end = ((Value.Int) r.end()).value();
                    if (!r.inclusive()) {
                        if (step > 0) {
                            if (end == Long.MIN_VALUE) return Value.NOTHING;
                            end = end - 1;
                        } else {
                            if (end == Long.MAX_VALUE) return Value.NOTHING;
                            end = end + 1;
                        }
                    }
                }
                if (step == 0) return Value.NOTHING;
                frame.setObject(iterSlot, null);
                frame.setLong(counterSlot, s.value());
                frame.setLong(endSlot, end);
                frame.setLong(stepSlot, step);
            } else {
                frame.setObject(iterSlot, iterate(it));
            }
            loop.execute(frame);
            frame.setObject(iterSlot, null);
            return Value.NOTHING;
        }

        @TruffleBoundary
        private static Iterator<Value> iterate(Value v) { return Values.iterate(v); }
    }

    static final class ForRepeat extends NuNode implements RepeatingNode {
        private final int varSlot, counterSlot, endSlot, stepSlot, iterSlot;
        @Child private ExprNode body;

        ForRepeat(int varSlot, int counterSlot, int endSlot, int stepSlot, int iterSlot, ExprNode body, Span span) {
            super(span);
            this.varSlot = varSlot;
            this.counterSlot = counterSlot;
            this.endSlot = endSlot;
            this.stepSlot = stepSlot;
            this.iterSlot = iterSlot;
            this.body = body;
        }

        @SuppressWarnings("unchecked")
        @Override public boolean executeRepeating(VirtualFrame frame) {
            Object itObj = frame.getObject(iterSlot);
            if (itObj == null) {
                long i = frame.getLong(counterSlot), end = frame.getLong(endSlot), step = frame.getLong(stepSlot);
                if (step > 0 ? i > end : i < end) return false;
                if (step != 1 || (i & 0x3ff) == 0) checkInterrupt(context(), span);
                frame.setObject(varSlot, Value.Int.of(i));
                long next = i + step;
                boolean overflow = ((i ^ next) & (step ^ next)) < 0;
                boolean cont = runBody(body, frame);
                if (overflow) return false;
                frame.setLong(counterSlot, next);
                return cont;
            }
            Iterator<Value> it = (Iterator<Value>) itObj;
            if (!hasNext(it)) return false;
            checkInterrupt(context(), span);
            frame.setObject(varSlot, next(it));
            return runBody(body, frame);
        }

        @TruffleBoundary
        private static boolean hasNext(Iterator<Value> it) { return it.hasNext(); }

        @TruffleBoundary
        private static Value next(Iterator<Value> it) { return it.next(); }
    }
}
