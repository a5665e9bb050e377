package dev.nuebpf.stdlib.filters;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.Closures;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** {@code each while}: like each, but the stream ends at the first null result. */
public final class EachWhileCommand implements Command {
    private final Signature sig = Signature.build("each while", Category.FILTERS)
            .description("Run a closure on each row of the input list until a null is found, then create a new list with the results.")
            .required("closure", SyntaxShape.CLOSURE, "The closure to run.")
            .io("list<any>", "list<any>")
            .searchTerms("for", "loop", "iterate");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Produce values until the closure returns null",
                        "[1 2 3 2 1] | each while {|n| if $n < 3 { $n * 2 } else { null } }", ints(2, 4)),
                Example.of("Stop at the first name that is not short",
                        "[ab cd efg hi] | each while {|s| if ($s | str length) < 3 { $s } }", strs("ab", "cd")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value.ClosureV c = call.closureArg(0);
        Iterator<Value> src = Inputs.listIterator(call, input, "list<any>");
        return PipelineData.stream(new Iterator<>() {
            Value next;
            boolean done;
            public boolean hasNext() {
                if (next != null) return true;
                if (done || !src.hasNext() || call.engine().interrupted()) return false;
                Value v = Closures.apply(call, c, src.next());
                if (v == Value.NOTHING) {
                    done = true;
                    return false;
                }
                next = v;
                return true;
            }
            public Value next() {
                if (!hasNext()) throw new NoSuchElementException();
                Value v = next;
                next = null;
                return v;
            }
        }, call.head());
    }
}
