package dev.nuebpf.truffle.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Types;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.TypeAnn;
import dev.nuebpf.truffle.nodes.ExprNode;

/** {@code let x: t = v} / {@code mut x = v}: evaluates, checks the annotation, stores; its own value is nothing. */
public final class LetNode extends ExprNode {
    private final int slot;
    @Child private ExprNode value;
    private final TypeAnn type;
    /** {@code 5 | let x}: a let fed by a pipeline passes the value on. */
    private boolean passThrough;

    public LetNode passThrough() {
        passThrough = true;
        return this;
    }

    public LetNode(int slot, ExprNode value, TypeAnn type, Span span) {
        super(span);
        this.slot = slot;
        this.value = value;
        this.type = type;
    }

    @Override public Value execute(VirtualFrame frame) {
        return bind(frame, value.execute(frame));
    }

    /** As a pipeline stage the input flows into the value ({@code "abc" | let n = (str length)} in a def body). */
    @Override public dev.nuebpf.runtime.PipelineData executePipeline(VirtualFrame frame, dev.nuebpf.runtime.PipelineData input) {
        Value v = dev.nuebpf.truffle.nodes.control.BlockNode.collect(value.executePipeline(frame, input));
        bind(frame, v);
        return passThrough ? dev.nuebpf.runtime.PipelineData.of(v) : dev.nuebpf.runtime.PipelineData.EMPTY;
    }

    private Value bind(VirtualFrame frame, Value v) {
        if (type != null && !Types.matches(v, type)) throw mismatch(v);
        frame.setObject(slot, v);
        return Value.NOTHING;
    }

    private ShellException mismatch(Value v) {
        return new ShellException(Diagnostic.builder("nu::parser::type_mismatch", "Type mismatch.")
                .label(value.span(), "expected " + type + ", found " + Types.of(v)).build());
    }
}
