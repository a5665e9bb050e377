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

/** {@code matrix transpose}: rows become columns; a vector stays as it is (reversing one axis is a no-op). */
public final class MatrixTransposeCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("matrix transpose", Category.MATH)
                .description("Transpose a matrix (swap rows and columns). For n-dimensional arrays, reverses all axes.")
                .searchTerms("swap", "flip")
                .io("matrix", "matrix");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Transpose a 2x3 matrix", "[[1 2 3] [4 5 6]] | into matrix | matrix transpose | matrix into-nu",
                list(list(f(1), f(4)), list(f(2), f(5)), list(f(3), f(6)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Matrix m = Matrices.input(call, input);
        if (m.shape().length == 1) return PipelineData.of(m);
        int rows = m.rows(), cols = m.cols();
        double[] out = new double[m.size()];
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) out[c * rows + r] = m.at(r, c);
        return PipelineData.of(Matrix.of2d(cols, rows, out));
    }
}
