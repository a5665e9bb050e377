package dev.nuebpf.stdlib.core;

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
/** {@code seq}: numbers from first to last by an increment (floats if any argument is a float). Lazy. */
public final class SeqCommand implements Command {
    private final Signature sig = Signature.build("seq", Category.CORE)
            .description("Output sequences of numbers.")
            .rest("rest", SyntaxShape.NUMBER, "Sequence values.")
            .io("nothing", "list<number>")
            .searchTerms("range", "numbers", "sequence");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("From 1 to 5", "seq 1 5", ints(1, 2, 3, 4, 5)),
                Example.of("With an increment", "seq 1 2 10", ints(1, 3, 5, 7, 9)),
                Example.of("Counting down", "seq 3 -1 1", ints(3, 2, 1)),
                Example.of("Floats", "seq 1.0 0.5 2", list(f(1.0), f(1.5), f(2.0))),
                Example.of("Lazy, so it can be cut short", "seq 1 1000000000 | first 2", ints(1, 2)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<Value> args = call.rest();
        if (args.isEmpty()) throw ShellErrors.generic("seq requires some parameters", "needs parameter", call.head());
        if (args.size() > 3) throw ShellErrors.generic("seq takes at most 3 parameters", "too many parameters", call.restSpans().get(3));
        for (int k = 0; k < args.size(); k++)
            if (!ValueOps.isNumber(args.get(k))) throw ShellErrors.typeMismatch("expected number, found " + TypeNames.of(args.get(k)), call.restSpans().get(k));
        boolean floats = args.stream().anyMatch(v -> v instanceof Value.Float);
        Value first = args.get(0);
        Value step = args.size() == 3 ? args.get(1) : Value.of(1);
        Value last = args.size() == 1 ? first : args.get(args.size() - 1);
        if (ValueOps.toDouble(step) == 0) throw ShellErrors.incorrectValue("increment cannot be 0", call.restSpans().get(1));
        if (!floats) {
            long a = ((Value.Int) first).value(), s = ((Value.Int) step).value(), z = ((Value.Int) last).value();
            return PipelineData.stream(Values.rangeIterator(new Value.RangeV(Value.of(a), Value.of(s), Value.of(z), true)) , call.head());
        }
        double a = ValueOps.toDouble(first), s = ValueOps.toDouble(step), z = ValueOps.toDouble(last);
        return PipelineData.stream(new Iterator<>() {
            long n;
            public boolean hasNext() {
                double x = a + n * s;
                return s > 0 ? x <= z + 1e-12 : x >= z - 1e-12;
            }
            public Value next() { return new Value.Float(a + (n++) * s); }
        }, call.head());
    }
}
