package dev.nuebpf.truffle.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Types;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.nodes.ExprNode;

/** {@code if c { } else if ... else { }}; without else and a false condition the value is nothing. */
public final class IfNode extends ExprNode {
    @Child private ExprNode condition;
    @Child private ExprNode then;
    @Child private ExprNode otherwise;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(ExprNode condition, ExprNode then, ExprNode otherwise, Span span) {
        super(span);
        this.condition = condition;
        this.then = then;
        this.otherwise = otherwise;
    }

    private boolean test(VirtualFrame frame) {
        Value c = condition.execute(frame);
        if (c instanceof Value.Bool b) return b.value();
        throw new ShellException(Diagnostic.builder("nu::shell::type_mismatch", "Type mismatch.")
                .label(condition.span(), "expected bool, found " + Types.of(c)).build());
    }

    @Override public PipelineData executePipeline(VirtualFrame frame, PipelineData input) {
        if (profile.profile(test(frame))) return then.executePipeline(frame, PipelineData.EMPTY);
        return otherwise == null ? PipelineData.EMPTY : otherwise.executePipeline(frame, PipelineData.EMPTY);
    }

    @Override public Value execute(VirtualFrame frame) {
        if (profile.profile(test(frame))) return then.execute(frame);
        return otherwise == null ? Value.NOTHING : otherwise.execute(frame);
    }
}
