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

/** {@code matrix set-row}: a copy with one row replaced. */
public final class MatrixSetRowCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("matrix set-row", Category.MATH)
                .description("Replace a row in a matrix.")
                .searchTerms("replace")
                .required("index", SyntaxShape.INT, "The row index to replace (0-based).")
                .required("replacement", SyntaxShape.LIST, "The new row values as a list of numbers.")
                .io("matrix", "matrix");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Replace the first row", "matrix zeros 2 2 | matrix set-row 0 [1.0 2.0] | matrix into-nu",
                list(list(f(1), f(2)), list(f(0), f(0)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PipelineData.of(Lines.set(call, Matrices.input(call, input), true));
    }
}
