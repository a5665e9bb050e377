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

/** {@code matrix max}: over all elements (a float) or along {@code --axis} (a vector). */
public final class MatrixMaxCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("matrix max", Category.MATH)
                .description("Find the maximum value in a matrix, or max along an axis.")
                .searchTerms("maximum")
                .named("axis", SyntaxShape.INT, "The axis to find the max along (0-based).", 'a')
                .io("matrix", "float").io("matrix", "matrix");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Largest element", "[[1 2] [3 4]] | into matrix | matrix max", f(4)),
                Example.of("Largest of each column", "[[1 2] [3 4]] | into matrix | matrix max --axis 0 | matrix into-nu", list(list(f(3), f(4)))),
                Example.of("Largest of each row", "[[1 2] [3 4]] | into matrix | matrix max --axis 1 | matrix into-nu", list(list(f(2), f(4)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PipelineData.of(Axis.fold(call, Matrices.input(call, input), Math::max));
    }
}
