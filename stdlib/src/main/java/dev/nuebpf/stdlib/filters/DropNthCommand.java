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
/** {@code drop nth}: removes the rows at the given positions or ranges of positions. */
public final class DropNthCommand implements Command {
    private final Signature sig = Signature.build("drop nth", Category.FILTERS)
            .description("Drop the selected rows.")
            .rest("rest", SyntaxShape.ANY, "The row numbers or ranges to drop.")
            .io("range", "list<number>").io("list<any>", "list<any>")
            .searchTerms("delete", "remove", "index");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Drop the first and third items", "[a b c d] | drop nth 0 2", strs("b", "d")),
                Example.of("Drop a range of positions", "[0 1 2 3 4 5] | drop nth 1..3", ints(0, 4, 5)),
                Example.of("Drop everything from a position on", "[0 1 2 3 4 5] | drop nth 3..", ints(0, 1, 2)),
                Example.of("Drop from a range input", "0..4 | drop nth 1 3", ints(0, 2, 4)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<long[]> spans = new ArrayList<>();
        for (int k = 0; k < call.rest().size(); k++) {
            Value a = call.rest().get(k);
            Span sp = call.restSpans().get(k);
            if (a instanceof Value.Int i) {
                if (i.value() < 0) throw ShellErrors.needsPositive(sp);
                spans.add(new long[] {i.value(), i.value()});
            } else if (a instanceof Value.RangeV r) {
                long from = r.start() == null || r.start() == Value.NOTHING ? 0 : Args.intOf(r.start(), sp);
                boolean open = r.end() == null || r.end() == Value.NOTHING;
                long to = open ? Long.MAX_VALUE : Args.intOf(r.end(), sp) - (r.inclusive() ? 0 : 1);
                if (from < 0 || to < 0) throw ShellErrors.needsPositive(sp);
                spans.add(new long[] {Math.min(from, to), Math.max(from, to)});
            } else throw ShellErrors.typeMismatch("expected int or range, found " + TypeNames.of(a), sp);
        }
        long[] idx = {0};
        return Inputs.map(call, Inputs.listIterator(call, input, "list or range"), v -> {
            long at = idx[0]++;
            for (long[] s : spans) if (at >= s[0] && at <= s[1]) return null;
            return v;
        });
    }
}
