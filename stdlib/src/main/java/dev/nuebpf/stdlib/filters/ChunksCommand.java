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
/** {@code chunks}: consecutive groups of a fixed size (the last may be shorter); binary is chunked by bytes. */
public final class ChunksCommand implements Command {
    private final Signature sig = Signature.build("chunks", Category.FILTERS)
            .description("Divide a list, table or binary input into chunks of `chunk_size`.")
            .extraDescription("This command will error if `chunk_size` is negative or zero.")
            .required("chunk_size", SyntaxShape.INT, "The size of each chunk.")
            .io("table", "list<table>").io("list<any>", "list<list<any>>").io("binary", "list<binary>")
            .searchTerms("batch", "group", "split", "bytes");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Chunks of two", "[1 2 3 4] | chunks 2", list(ints(1, 2), ints(3, 4))),
                Example.of("The last chunk may be shorter", "[1 2 3] | chunks 2", list(ints(1, 2), ints(3))),
                Example.of("Chunk a table", "[[a]; [1] [2] [3]] | chunks 2",
                        list(table(cols("a"), row(i(1)), row(i(2))), table(cols("a"), row(i(3))))),
                Example.of("Chunk binary data", "0x[11 22 33 44 55] | chunks 2",
                        list(new Value.Binary(new byte[] {0x11, 0x22}), new Value.Binary(new byte[] {0x33, 0x44}), new Value.Binary(new byte[] {0x55}))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value sz = call.req(0);
        long given = sz instanceof Value.Int x ? x.value() : sz instanceof Value.Filesize f ? f.bytes() : 0;
        long size = given > 0 ? Counts.count(call, 0, 0, input) : given;
        if (size < 0) throw ShellErrors.needsPositive(call.positionalSpan(0));
        if (size == 0) throw ShellErrors.incorrectValue("`chunk_size` cannot be zero", call.positionalSpan(0));
        if (input instanceof PipelineData.Single s && s.value() instanceof Value.Binary b) {
            List<Value> out = new ArrayList<>();
            for (long k = 0; k < b.bytes().length; k += size) out.add(Counts.slice(b, k, k + size));
            return Inputs.list(out);
        }
        Iterator<Value> src = Inputs.listIterator(call, input, "list, table or binary");
        return PipelineData.stream(new Iterator<>() {
            public boolean hasNext() { return src.hasNext(); }
            public Value next() {
                List<Value> chunk = new ArrayList<>();
                while (chunk.size() < size && src.hasNext()) chunk.add(src.next());
                return new Value.ListV(chunk);
            }
        }, call.head());
    }
}
