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

/** {@code matrix reshape}: the same elements in row-major order under new dimensions. */
public final class MatrixReshapeCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("matrix reshape", Category.MATH)
                .description("Change the dimensions of a matrix.")
                .searchTerms("dimensions", "flatten")
                .optional("dimensions", SyntaxShape.INT, "The new dimensions (e.g., 2 3 for a 2x3 matrix). Required unless --flatten is used.")
                .rest("more_dimensions", SyntaxShape.INT, "Additional dimensions for n-dimensional reshaping.")
                .switchFlag("flatten", "Flatten the matrix to a 1D vector", 'f')
                .io("matrix", "matrix");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Reshape a row into a 2x3 matrix", "[[1 2 3 4 5 6]] | into matrix | matrix reshape 2 3 | matrix into-nu",
                        list(list(f(1), f(2), f(3)), list(f(4), f(5), f(6)))),
                Example.of("Flatten a matrix", "matrix identity 2 | matrix reshape --flatten | matrix into-nu",
                        list(list(f(1), f(0), f(0), f(1)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Matrix m = Matrices.input(call, input);
        if (call.has("flatten")) return PipelineData.of(new Matrix(new int[] {m.size()}, m.data()));
        List<Long> given = Matrices.intArgs(call, 0);
        if (given.isEmpty()) throw Matrices.error("Missing dimensions", "provide dimensions or use --flatten", call.head());
        int[] dims = Matrices.dims(call, given);
        int n = 1;
        for (int d : dims) n *= d;
        if (n != m.size()) {
            StringBuilder shape = new StringBuilder("[");
            for (int i = 0; i < dims.length; i++) shape.append(i > 0 ? ", " : "").append(dims[i]);
            throw Matrices.error("Shape mismatch", "cannot reshape " + m.size() + " elements into shape " + shape + "] (would have "
                    + n + " elements)", call.head());
        }
        return PipelineData.of(new Matrix(dims, m.data()));
    }
}
