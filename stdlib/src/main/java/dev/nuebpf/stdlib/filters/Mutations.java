package dev.nuebpf.stdlib.filters;

import dev.nuebpf.command.Call;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.CellPathOps;
import dev.nuebpf.stdlib.common.CellPathOps.Mode;
import dev.nuebpf.stdlib.common.Closures;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.syntax.PathMember;
import java.util.List;

/**
 * The shared body of insert/update/upsert. A closure replacement is called per row with the row as its
 * argument; its input is the old cell value (update/upsert; null when absent) or the row (insert).
 * Tables stream row by row; a path that starts with a row number works on the whole list.
 */
final class Mutations {
    private Mutations() {}

    static PipelineData run(Call call, PipelineData input, Mode mode) {
        List<PathMember> path = CellPathOps.members(call.req(0), call.positionalSpan(0));
        Value replacement = call.req(1);
        Span src = Inputs.span(input);
        boolean perRow = !path.isEmpty() && !path.get(0).isIndex() && (path.size() == 1 || !path.get(1).isIndex());
        if (Inputs.isListLike(input) && perRow)
            return Inputs.map(call, input.iterator(), row -> apply(call, row, row, path, mode, replacement, src));
        Value v = input.collect();
        if (v instanceof Record || v instanceof Value.ListV) return PipelineData.of(apply(call, v, null, path, mode, replacement, src));
        throw ShellErrors.unsupportedInput("record, table or list", v, call.head(), src);
    }

    private static Value apply(Call call, Value target, Value row, List<PathMember> path, Mode mode, Value replacement, Span src) {
        Value ctx = row != null ? row : target instanceof Record ? target : null;
        return CellPathOps.mutate(target, path, mode, old -> {
            if (!(replacement instanceof Value.ClosureV c)) return replacement;
            Value cell = old == null ? Value.NOTHING : old;
            Value arg = ctx != null ? ctx : cell;
            Value in = ctx != null && mode == Mode.INSERT ? ctx : cell;
            return Closures.apply(call, c, List.of(arg), in);
        }, src);
    }
}
