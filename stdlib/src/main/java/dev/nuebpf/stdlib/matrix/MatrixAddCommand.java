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

/** {@code matrix add}: element-wise with a scalar or a same-shaped (or, with --broadcast, compatible) matrix. */
public final class MatrixAddCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("matrix add", Category.MATH)
                .description("Add a matrix or scalar to a matrix.")
                .searchTerms("plus", "sum")
                .required("other", SyntaxShape.ANY, "The other matrix or scalar to add.")
                .switchFlag("broadcast", "Enable broadcasting to allow compatible shapes", 'b')
                .io("matrix", "matrix");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Add a scalar to every element", "matrix zeros 2 2 | matrix add 5 | matrix into-nu", list(list(f(5), f(5)), list(f(5), f(5)))),
                Example.of("Add two matrices", "matrix identity 2 | matrix add (matrix identity 2) | matrix into-nu", list(list(f(2), f(0)), list(f(0), f(2)))),
                Example.of("Add a row to every row", "matrix zeros 2 3 | matrix add --broadcast ([[1 2 3]] | into matrix) | matrix into-nu", list(list(f(1), f(2), f(3)), list(f(1), f(2), f(3)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PipelineData.of(Elementwise.apply(call, Matrices.input(call, input), (x, y) -> x + y));
    }
}
