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
/**
 * {@code interleave}: combines the input with the outputs of closures. Nushell reads them on threads
 * and the order depends on timing; closures here are not thread-safe, so the streams are read one
 * after the other (input first), the order nu shows when the sources are quick.
 */
public final class InterleaveCommand implements Command {
    private final Signature sig = Signature.build("interleave", Category.FILTERS)
            .description("Read multiple streams in parallel and combine them into one stream.")
            .rest("closures", SyntaxShape.CLOSURE, "The closures that will generate streams to be combined.")
            .named("buffer-size", SyntaxShape.INT, "Number of items to buffer from the streams. Increases memory usage, but can help performance when lots of output is produced.", 'b')
            .io("list<any>", "list<any>").io("nothing", "list<any>");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Combine two streams (sorted, because the order may vary)", "seq 1 3 | interleave { seq 4 5 } | sort", ints(1, 2, 3, 4, 5)),
                Example.of("Combine closures only", "interleave { [a b] } { [c] } | sort", strs("a", "b", "c")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<Iterator<Value>> sources = new ArrayList<>();
        if (!Inputs.isNothing(input)) sources.add(input.iterator());
        for (int k = 0; k < call.rest().size(); k++) {
            Value.ClosureV c = dev.nuebpf.command.Errors.expectClosure(call.rest().get(k), call.restSpans().get(k));
            sources.add(call.engine().call(c, List.of(), PipelineData.EMPTY, call.head()).iterator());
        }
        return PipelineData.stream(Concat.of(sources), call.head());
    }
}
