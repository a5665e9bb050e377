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
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code first}: without a count the first item itself, with a count a list. Reads only as many
 * items as it returns, so it ends endless streams.
 */
public final class FirstCommand implements Command {
    private final Signature sig = Signature.build("first", Category.FILTERS)
            .description("Return only the first several rows of the input. Counterpart of `last`. Opposite of `skip`.")
            .optional("rows", SyntaxShape.INT, "Starting from the front, the number of rows to return.")
            .switchFlag("strict", "Throw an error if input is empty.", 's')
            .io("list<any>", "any").io("binary", "binary").io("range", "any")
            .searchTerms("head");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("The first item of a list", "[1 2 3] | first", i(1)),
                Example.of("The first two items", "[1 2 3] | first 2", ints(1, 2)),
                Example.of("The first bytes of a binary value", "0x[01 23 45] | first 2", new Value.Binary(new byte[] {1, 0x23})),
                Example.of("The first item of an endless range", "1.. | first", i(1)),
                Example.of("Empty input gives nothing", "[] | first", nothing()));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean hasCount = Counts.given(call, 0);
        long n = Counts.count(call, 0, 1, input);
        input = dev.nuebpf.runtime.BinaryBytes.prefix(input, n); // read only what is needed of a binary stream
        if (input instanceof PipelineData.Single s && s.value() instanceof Value.Binary b) {
            if (!hasCount) {
                if (b.bytes().length == 0) {
                    if (call.has("strict")) throw ShellErrors.accessBeyondEnd(0, call.head());
                    return PipelineData.EMPTY;
                }
                return PipelineData.of(Value.Int.of(b.bytes()[0] & 0xff));
            }
            return PipelineData.of(Counts.slice(b, 0, n));
        }
        Iterator<Value> it = Inputs.listIterator(call, input, "list, binary or range");
        if (!hasCount) {
            if (it.hasNext()) return PipelineData.of(it.next());
            if (call.has("strict")) throw ShellErrors.accessBeyondEnd(0, call.head());
            return PipelineData.EMPTY;
        }
        List<Value> out = new ArrayList<>();
        while (out.size() < n && it.hasNext()) out.add(it.next());
        if (out.isEmpty() && n > 0 && call.has("strict")) throw ShellErrors.accessBeyondEnd(0, call.head());
        return Inputs.list(out);
    }
}
