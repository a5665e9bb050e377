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

/** {@code matrix sum}: over all elements (a float) or along {@code --axis} (a vector). */
public final class MatrixSumCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("matrix sum", Category.MATH)
                .description("Sum all elements of a matrix, or sum along an axis.")
                .searchTerms("total", "add")
                .named("axis", SyntaxShape.INT, "The axis to sum along (0-based).", 'a')
                .io("matrix", "float").io("matrix", "matrix");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Sum all elements", "[[1 2] [3 4]] | into matrix | matrix sum", f(10)),
                Example.of("Sum each column", "[[1 2] [3 4]] | into matrix | matrix sum --axis 0 | matrix into-nu", list(list(f(4), f(6)))),
                Example.of("Sum each row", "[[1 2] [3 4]] | into matrix | matrix sum --axis 1 | matrix into-nu", list(list(f(3), f(7)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PipelineData.of(Axis.fold(call, Matrices.input(call, input), Double::sum));
    }
}
