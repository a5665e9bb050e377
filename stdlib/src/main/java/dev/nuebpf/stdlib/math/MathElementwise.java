package dev.nuebpf.stdlib.math;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Command;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.strings.Operate;
import dev.nuebpf.syntax.PathMember;
import java.util.ArrayList;
import java.util.List;

/**
 * A math command that maps each number to a number ({@code math abs}, {@code math sqrt} ...): over a list,
 * range or stream item by item, over a record column by column, and over cell paths when given.
 */
public abstract class MathElementwise implements Command {

    /** The result for one scalar value. */
    protected abstract Value apply(Value v, Call call);

    /** Whether the command takes column cell paths (nu 0.115 gives them to abs, ceil, floor, round, sqrt, cbrt, log). */
    protected boolean takesColumns() { return true; }

    /** Hook for commands that check their arguments once, before any value. */
    protected void prepare(Call call) {}

    @Override public PipelineData run(Call call, PipelineData input) {
        prepare(call);
        List<List<PathMember>> paths = takesColumns() ? Operate.cellPaths(call) : List.of();
        if (!paths.isEmpty()) return Operate.map(input, call, paths, v -> applyCell(v, call));
        if (input instanceof PipelineData.Single s) {
            if (s.value() instanceof Record r && takesColumns()) {
                Record.Builder b = Record.builder();
                for (int i = 0; i < r.size(); i++) b.put(r.keys().get(i), applyCell(r.values().get(i), call));
                return PipelineData.of(b.build());
            }
            if (s.value() instanceof Value.RangeV r && MathReduction.isUnbounded(r)) throw MathErrors.unbounded(call);
        }
        return Operate.mapEach(input, v -> apply(v, call));
    }

    private Value applyCell(Value v, Call call) {
        if (v instanceof Value.ListV l) {
            List<Value> out = new ArrayList<>(l.items().size());
            for (Value item : l.items()) out.add(apply(item, call));
            return new Value.ListV(out);
        }
        return apply(v, call);
    }

    /** The shape element-wise commands share; the columns rest only where nu has it. */
    protected static dev.nuebpf.command.Signature sig(String name, String description, boolean columns) {
        var sig = dev.nuebpf.command.Signature.build(name, dev.nuebpf.command.Category.MATH).description(description);
        if (columns) sig.rest("columns", dev.nuebpf.syntax.SyntaxShape.CELL_PATH, "The cell-paths/columns to operate on.");
        return sig;
    }

    /** A number as a double, or the "only numeric input" error. */
    protected static double number(Value v, Call call) {
        if (Arith.isNumber(v)) return Arith.toDouble(v);
        throw MathErrors.wrongType(call, "numeric", v);
    }
}
