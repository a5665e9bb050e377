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

/** {@code length}: rows of a list/table/range/stream, bytes of binary, 0 for nothing. */
public final class LengthCommand implements Command {
    private final Signature sig = Signature.build("length", Category.FILTERS)
            .description("Count the number of items in an input list, rows in a table, or bytes in binary data.")
            .io("list<any>", "int").io("binary", "int").io("nothing", "int")
            .searchTerms("count", "size", "wc");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Count the items of a list", "[1 2 3 4 5] | length", i(5)),
                Example.of("Count the bytes of a binary value", "0x[01 02] | length", i(2)),
                Example.of("Count the rows of a table", "[[a]; [1] [2]] | length", i(2)),
                Example.of("Nothing has length 0", "null | length", i(0)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        if (input instanceof PipelineData.Single s && s.value() instanceof Value.Binary b) return PipelineData.of(Value.Int.of(b.bytes().length));
        if (Inputs.isNothing(input)) return PipelineData.of(Value.Int.of(0));
        Iterator<Value> it = Inputs.listIterator(call, input, "list, table, binary and nothing");
        long n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return PipelineData.of(Value.Int.of(n));
    }
}
