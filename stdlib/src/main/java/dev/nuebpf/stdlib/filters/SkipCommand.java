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

/** {@code skip}: drops the first n rows (default 1) and streams the rest. */
public final class SkipCommand implements Command {
    private final Signature sig = Signature.build("skip", Category.FILTERS)
            .description("Skip the first several rows of the input. Counterpart of `drop`. Opposite of `first`.")
            .optional("n", SyntaxShape.INT, "The number of elements to skip.")
            .io("list<any>", "list<any>").io("table", "table").io("binary", "binary")
            .searchTerms("ignore", "remove", "last", "slice", "tail");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Skip the first two items", "[1 2 3 4] | skip 2", ints(3, 4)),
                Example.of("Skip one item by default", "[a b c] | skip", strs("b", "c")),
                Example.of("Skip bytes of a binary value", "0x[01 23 45] | skip 2", new Value.Binary(new byte[] {0x45})),
                Example.of("Skipping works on endless streams", "1.. | each { $in } | skip 10 | first", i(11)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        input = dev.nuebpf.runtime.BinaryBytes.prefix(input, -1); // a binary byte stream is one binary here
        long n = Counts.count(call, 0, 1, input);
        if (input instanceof PipelineData.Single s && s.value() instanceof Value.Binary b)
            return PipelineData.of(Counts.slice(b, n, b.bytes().length));
        Iterator<Value> it = Inputs.listIterator(call, input, "list, binary or range");
        return PipelineData.stream(new Iterator<>() {
            long toSkip = n;
            public boolean hasNext() {
                while (toSkip > 0 && it.hasNext()) {
                    it.next();
                    toSkip--;
                }
                return it.hasNext();
            }
            public Value next() {
                hasNext();
                return it.next();
            }
        }, call.head());
    }
}
