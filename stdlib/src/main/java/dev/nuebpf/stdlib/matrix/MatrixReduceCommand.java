package dev.nuebpf.stdlib.matrix;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;
import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.stdlib.common.Closures;

/** {@code matrix reduce}: folds the elements in row-major order, like {@code reduce} on a list. */
public final class MatrixReduceCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("matrix reduce", Category.MATH)
                .description("Reduce all elements of a matrix to a single value.")
                .searchTerms("fold", "accumulate")
                .required("closure", SyntaxShape.CLOSURE, "Reducing function. Arguments are the current element, then the accumulator (same order as `reduce`).")
                .named("fold", SyntaxShape.ANY, "The initial value for the accumulator", 'f')
                .io("matrix", "any");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Sum with a starting value", "[[1 2] [3 4]] | into matrix | matrix reduce --fold 0.0 {|e, acc| $acc + $e}", f(10)),
                Example.of("Product of all elements", "[[1 2] [3 4]] | into matrix | matrix reduce --fold 1.0 {|e, acc| $acc * $e}", f(24)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Matrix m = Matrices.input(call, input);
        Value.ClosureV c = call.closureArg(0);
        Value acc = call.flag("fold");
        int start = 0;
        if (acc == null) {
            acc = new Value.Float(m.data()[0]);
            start = 1;
        }
        for (int i = start; i < m.size(); i++) {
            Value e = new Value.Float(m.data()[i]);
            acc = Closures.apply(call, c, List.of(e, acc), e);
        }
        return PipelineData.of(acc);
    }
}
