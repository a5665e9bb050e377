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
/** {@code drop}: removes the last n rows (default 1). */
public final class DropCommand implements Command {
    private final Signature sig = Signature.build("drop", Category.FILTERS)
            .description("Remove items/rows from the end of the input list/table, or remove bytes from the end of binary data. Counterpart of `skip`. Opposite of `last`.")
            .optional("rows", SyntaxShape.INT, "The number of items to remove.")
            .io("table", "table").io("list<any>", "list<any>").io("binary", "binary")
            .searchTerms("delete", "remove");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Drop the last item", "[0 1 2 3] | drop", ints(0, 1, 2)),
                Example.of("Drop the last two items", "[0 1 2 3] | drop 2", ints(0, 1)),
                Example.of("Dropping more than there is leaves nothing", "[0 1] | drop 5", list()),
                Example.of("Drop bytes of a binary value", "0x[01 23 45] | drop 2", new Value.Binary(new byte[] {1})));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        long n = Counts.count(call, 0, 1, input);
        if (input instanceof PipelineData.Single s && s.value() instanceof Value.Binary b)
            return PipelineData.of(Counts.slice(b, 0, b.bytes().length - n));
        List<Value> rows = Inputs.listRows(call, input, "list, table or binary");
        return Inputs.list(new ArrayList<>(rows.subList(0, (int) Math.max(0, rows.size() - n))));
    }
}
