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
/** {@code zip}: pairs input rows with the other list's rows (or a closure's output) until either ends. */
public final class ZipCommand implements Command {
    private final Signature sig = Signature.build("zip", Category.FILTERS)
            .description("Combine a stream with the input.")
            .required("other", SyntaxShape.ANY, "The other input, or closure returning a stream.")
            .io("list<any>", "list<list<any>>").io("range", "list<list<any>>");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Zip two lists", "[1 2] | zip [3 4]", list(ints(1, 3), ints(2, 4))),
                Example.of("The shorter side decides the length", "[1 2] | zip [a b c]", list(list(i(1), s("a")), list(i(2), s("b")))),
                Example.of("Zip with a closure's output", "1..3 | zip { 4..6 }", list(ints(1, 4), ints(2, 5), ints(3, 6))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value other = call.req(0);
        Iterator<Value> right = other instanceof Value.ClosureV c
                ? call.engine().call(c, List.of(), PipelineData.EMPTY, call.head()).iterator()
                : Values.iterate(other);
        Iterator<Value> left = Inputs.listIterator(call, input, "list or range");
        return PipelineData.stream(new Iterator<>() {
            public boolean hasNext() { return left.hasNext() && right.hasNext(); }
            public Value next() { return new Value.ListV(List.of(left.next(), right.next())); }
        }, call.head());
    }
}
