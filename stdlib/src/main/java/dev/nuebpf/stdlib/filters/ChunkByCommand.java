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
/** {@code chunk-by}: groups consecutive rows for which the closure gives the same value. Lazy. */
public final class ChunkByCommand implements Command {
    private final Signature sig = Signature.build("chunk-by", Category.FILTERS)
            .description("Divides a sequence into sub-sequences based on a closure.")
            .extraDescription("chunk-by applies the given closure to each value of the input list, and groups consecutive elements that share the same closure result value into lists.")
            .required("closure", SyntaxShape.CLOSURE, "The closure to run.")
            .io("list<any>", "list<list<any>>").io("range", "list<list<any>>")
            .searchTerms("group", "split", "consecutive");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Chunk by sign", "[1 3 -2 -2 0 1 2] | chunk-by {|n| $n >= 0 }", list(ints(1, 3), ints(-2, -2), ints(0, 1, 2))),
                Example.of("Chunk equal neighbours", "[a b b c c c] | chunk-by {|s| $s }", list(strs("a"), strs("b", "b"), strs("c", "c", "c"))),
                Example.of("Chunk a range", "0..8 | chunk-by {|n| $n // 3 }", list(ints(0, 1, 2), ints(3, 4, 5), ints(6, 7, 8))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value.ClosureV c = call.closureArg(0);
        Iterator<Value> src = Inputs.listIterator(call, input, "list or range");
        return PipelineData.stream(new Iterator<>() {
            Value pending, pendingKey;
            public boolean hasNext() { return pending != null || src.hasNext(); }
            public Value next() {
                if (pending == null) {
                    pending = src.next();
                    pendingKey = Closures.apply(call, c, pending);
                }
                List<Value> chunk = new ArrayList<>();
                chunk.add(pending);
                Value key = pendingKey;
                pending = null;
                while (src.hasNext() && !call.engine().interrupted()) {
                    Value v = src.next();
                    Value k = Closures.apply(call, c, v);
                    if (!ValueOps.equal(k, key)) {
                        pending = v;
                        pendingKey = k;
                        break;
                    }
                    chunk.add(v);
                }
                return new Value.ListV(chunk);
            }
        }, call.head());
    }
}
