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

/** {@code matrix multiply}: the matrix (dot) product, optionally swapped or chained over several matrices. */
public final class MatrixMultiplyCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("matrix multiply", Category.MATH)
                .description("Multiply two matrices using dot product.")
                .searchTerms("dot", "matmul", "product", "chain")
                .required("other", SyntaxShape.ANY, "The other matrix to multiply with.")
                .rest("rest", SyntaxShape.ANY, "Additional matrices for chained multiplication (requires --multall).")
                .switchFlag("swap", "Swap the left and right operands.", 's')
                .switchFlag("multall", "Multiply the input matrix with all matrices given as arguments, chaining them left to right "
                        + "(e.g., `$a | matrix multiply --multall $b $c` multiplies all three together).", 'a')
                .io("matrix", "matrix");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Multiply by the identity", "[[1 2] [3 4]] | into matrix | matrix multiply (matrix identity 2) | matrix into-nu",
                        list(list(f(1), f(2)), list(f(3), f(4)))),
                Example.of("Multiply with the operands swapped", "[[1 2] [3 4]] | into matrix | matrix multiply --swap ([[0 1] [1 0]] | into matrix) | matrix into-nu",
                        list(list(f(3), f(4)), list(f(1), f(2)))),
                Example.of("Chain several multiplications", "matrix identity 2 | matrix multiply --multall ([[2 0] [0 2]] | into matrix) ([[3 0] [0 3]] | into matrix) | matrix into-nu",
                        list(list(f(6), f(0)), list(f(0), f(6)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Matrix m = Matrices.input(call, input);
        Matrix other = Matrices.arg(call, call.req(0), call.positionalSpan(0));
        Matrix result = call.has("swap") ? dot(call, other, m) : dot(call, m, other);
        if (call.has("multall")) {
            List<Value> rest = call.rest();
            for (int i = 0; i < rest.size(); i++) result = dot(call, result, Matrices.arg(call, rest.get(i), call.restSpans().get(i)));
        } else if (!call.rest().isEmpty()) {
            throw Matrices.error("Too many arguments", "additional matrices require --multall", call.restSpans().get(0));
        }
        return PipelineData.of(result);
    }

    static Matrix dot(Call call, Matrix a, Matrix b) {
        if (a.cols() != b.rows())
            throw Matrices.error("Shape mismatch", "inner dimensions do not match: (" + a.rows() + " x " + a.cols() + ") dot ("
                    + b.rows() + " x " + b.cols() + ")", call.head());
        int n = a.rows(), k = a.cols(), p = b.cols();
        double[] out = new double[n * p];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < p; j++) {
                double s = 0;
                for (int x = 0; x < k; x++) s += a.at(i, x) * b.at(x, j);
                out[i * p + j] = s;
            }
        return Matrix.of2d(n, p, out);
    }
}
