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

/** {@code matrix map}: a closure applied to every element; it must return a number. */
public final class MatrixMapCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("matrix map", Category.MATH)
                .description("Apply a closure to each element of a matrix and return a new matrix.")
                .searchTerms("each", "apply", "element")
                .required("closure", SyntaxShape.CLOSURE, "The closure to apply to each element.")
                .io("matrix", "matrix");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Double every element", "[[1 2] [3 4]] | into matrix | matrix map {|e| $e * 2} | matrix into-nu",
                list(list(f(2), f(4)), list(f(6), f(8)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Matrix m = Matrices.input(call, input);
        Value.ClosureV c = call.closureArg(0);
        double[] out = new double[m.size()];
        for (int i = 0; i < out.length; i++) {
            Value r = Closures.apply(call, c, new Value.Float(m.data()[i]));
            if (r instanceof Value.Int n) out[i] = n.value();
            else if (r instanceof Value.Float x) out[i] = x.value();
            else throw Matrices.error("Invalid result", "closure must return a number", call.head());
        }
        return PipelineData.of(new Matrix(m.shape(), out));
    }
}
