package dev.nuebpf.stdlib.filters;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import dev.nuebpf.runtime.Values;
import dev.nuebpf.stdlib.common.CellPathOps;
import dev.nuebpf.stdlib.common.Closures;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.runtime.TypeNames;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** {@code slice}: the rows whose positions fall in a range; negative bounds count from the end. */
public final class SliceCommand implements Command {
    private final Signature sig = Signature.build("slice", Category.FILTERS)
            .description("Return only the selected rows.")
            .required("rows", SyntaxShape.RANGE, "Range of rows to return.")
            .io("list<any>", "list<any>")
            .searchTerms("filter", "head", "tail", "range");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Rows 1 to 2", "[0 1 2 3] | slice 1..2", ints(1, 2)),
                Example.of("An exclusive end", "[0 1 2 3] | slice 1..<3", ints(1, 2)),
                Example.of("Count from the end", "[0 1 2 3 4] | slice (-2)..", ints(3, 4)),
                Example.of("All but the last", "[0 1 2 3] | slice 0..-2", ints(0, 1, 2)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value rv = call.req(0);
        if (!(rv instanceof Value.RangeV r)) throw ShellErrors.typeMismatch("expected range, found " + TypeNames.of(rv), call.positionalSpan(0));
        List<Value> rows = Inputs.listRows(call, input, "list");
        int n = rows.size();
        long from = r.start() == null || r.start() == Value.NOTHING ? 0 : Args.intOf(r.start(), call.positionalSpan(0));
        boolean open = r.end() == null || r.end() == Value.NOTHING;
        long to = open ? n - 1 : Args.intOf(r.end(), call.positionalSpan(0));
        if (from < 0) from = Math.max(0, n + from);
        if (to < 0) to = n + to;
        if (!open && !r.inclusive()) to--;
        List<Value> out = new ArrayList<>();
        for (long k = from; k <= to && k < n; k++) out.add(rows.get((int) k));
        return Inputs.stream(call, out);
    }
}
