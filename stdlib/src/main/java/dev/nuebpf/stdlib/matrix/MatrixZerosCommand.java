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

/** {@code matrix zeros rows cols}: a matrix (or with one dimension a vector) of zeros. */
public final class MatrixZerosCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("matrix zeros", Category.MATH)
                .description("Create a matrix filled with zeros.")
                .searchTerms("zeroes")
                .required("dimensions", SyntaxShape.INT, "The dimensions of the zero matrix (e.g., 3 4 for a 3x4 matrix).")
                .rest("more_dimensions", SyntaxShape.INT, "Additional dimensions for n-dimensional arrays.")
                .io("nothing", "matrix");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Create a 2x3 matrix of zeros", "matrix zeros 2 3 | matrix into-nu",
                list(list(f(0), f(0), f(0)), list(f(0), f(0), f(0)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        int[] dims = Matrices.dims(call, Matrices.intArgs(call, 0));
        int n = 1;
        for (int d : dims) n *= d;
        return PipelineData.of(new Matrix(dims, new double[n]));
    }
}
