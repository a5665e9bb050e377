package dev.nuebpf.truffle.nodes;

import com.oracle.truffle.api.nodes.ControlFlowException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;

/** break / continue / return / exit as Truffle control-flow exceptions (cheap: no stack trace). */
public final class ControlFlow {
    private ControlFlow() {}

    public static final class Break extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public final transient Span span;
        public Break(Span span) { this.span = span; }
    }

    public static final class Continue extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public final transient Span span;
        public Continue(Span span) { this.span = span; }
    }

    /** {@code exit N}: unwinds everything up to the front end, which ends the process with the code. */
    public static final class Exit extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public final int code;
        public Exit(int code) { this.code = code; }
    }

    public static final class Return extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public final transient Value value;
        public Return(Value value) { this.value = value; }
    }
}
