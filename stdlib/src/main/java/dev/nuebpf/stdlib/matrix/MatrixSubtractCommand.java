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

/** {@code matrix subtract}: element-wise with a scalar or a same-shaped (or, with --broadcast, compatible) matrix. */
public final class MatrixSubtractCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("matrix subtract", Category.MATH)
                .description("Subtract a matrix or scalar from a matrix.")
                .searchTerms("minus", "difference")
                .required("other", SyntaxShape.ANY, "The other matrix or scalar to subtract.")
                .switchFlag("broadcast", "Enable broadcasting to allow compatible shapes", 'b')
                .io("matrix", "matrix");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Subtract a scalar from every element", "matrix zeros 2 2 | matrix add 5 | matrix subtract 2 | matrix into-nu", list(list(f(3), f(3)), list(f(3), f(3)))),
                Example.of("Subtract a row from every row", "matrix zeros 2 3 | matrix subtract --broadcast ([[1 2 3]] | into matrix) | matrix into-nu", list(list(f(-1), f(-2), f(-3)), list(f(-1), f(-2), f(-3)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PipelineData.of(Elementwise.apply(call, Matrices.input(call, input), (x, y) -> x - y));
    }
}
