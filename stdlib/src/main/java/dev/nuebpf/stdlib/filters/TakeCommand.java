package dev.nuebpf.stdlib.filters;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** {@code take}: the first n rows as a stream that never reads past the n-th input row. */
public final class TakeCommand implements Command {
    private final Signature sig = Signature.build("take", Category.FILTERS)
            .description("Take only the first n elements of a list, or the first n bytes of a binary value.")
            .required("n", SyntaxShape.INT, "Starting from the front, the number of elements to return.")
            .io("list<any>", "list<any>").io("table", "table").io("binary", "binary").io("range", "list<number>")
            .searchTerms("first", "slice", "head");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Take two items", "[1 2 3] | take 2", ints(1, 2)),
                Example.of("Take rows of a table", "[[a]; [1] [2] [3]] | take 1", table(cols("a"), row(i(1)))),
                Example.of("Take bytes of a binary value", "0x[01 23 45] | take 2", new Value.Binary(new byte[] {1, 0x23})),
                Example.of("Take from an endless range", "1.. | take 3", ints(1, 2, 3)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        long n = Counts.count(call, 0, 0, input);
        input = dev.nuebpf.runtime.BinaryBytes.prefix(input, n); // read only what is needed of a binary stream
        if (input instanceof PipelineData.Single s && s.value() instanceof Value.Binary b) return PipelineData.of(Counts.slice(b, 0, n));
        Iterator<Value> it = Inputs.listIterator(call, input, "list, binary or range");
        return PipelineData.stream(new Iterator<>() {
            long left = n;
            public boolean hasNext() { return left > 0 && it.hasNext(); }
            public Value next() {
                if (!hasNext()) throw new NoSuchElementException();
                left--;
                return it.next();
            }
        }, call.head());
    }
}
