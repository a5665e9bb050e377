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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** {@code last}: without a count the last item itself, with a count a list of the last n items. */
public final class LastCommand implements Command {
    private final Signature sig = Signature.build("last", Category.FILTERS)
            .description("Return only the last several rows of the input. Counterpart of `first`. Opposite of `drop`.")
            .optional("rows", SyntaxShape.INT, "Starting from the back, the number of rows to return.")
            .switchFlag("strict", "Throw an error if input is empty.", 's')
            .io("list<any>", "any").io("binary", "binary").io("range", "any")
            .searchTerms("tail", "end");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("The last item of a list", "[1 2 3] | last", i(3)),
                Example.of("The last two items", "[1 2 3] | last 2", ints(2, 3)),
                Example.of("Asking for more than there is gives everything", "[1 2] | last 5", ints(1, 2)),
                Example.of("The last bytes of a binary value", "0x[01 23 45] | last 2", new Value.Binary(new byte[] {0x23, 0x45})));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        input = dev.nuebpf.runtime.BinaryBytes.prefix(input, -1); // a binary byte stream is one binary here
        boolean hasCount = Counts.given(call, 0);
        long n = Counts.count(call, 0, 1, input);
        if (input instanceof PipelineData.Single s && s.value() instanceof Value.Binary b) {
            int len = b.bytes().length;
            if (!hasCount) {
                if (len == 0) {
                    if (call.has("strict")) throw ShellErrors.accessBeyondEnd(0, call.head());
                    return PipelineData.EMPTY;
                }
                return PipelineData.of(Value.Int.of(b.bytes()[len - 1] & 0xff));
            }
            return PipelineData.of(Counts.slice(b, len - n, len));
        }
        Iterator<Value> it = Inputs.listIterator(call, input, "list, binary or range");
        ArrayDeque<Value> window = new ArrayDeque<>();
        while (it.hasNext()) {
            if (call.engine().interrupted()) break;
            window.addLast(it.next());
            if (window.size() > n) window.removeFirst();
        }
        if (!hasCount) {
            if (!window.isEmpty()) return PipelineData.of(window.getLast());
            if (call.has("strict")) throw ShellErrors.accessBeyondEnd(0, call.head());
            return PipelineData.EMPTY;
        }
        if (window.isEmpty() && n > 0 && call.has("strict")) throw ShellErrors.accessBeyondEnd(0, call.head());
        return Inputs.list(new ArrayList<>(window));
    }
}
