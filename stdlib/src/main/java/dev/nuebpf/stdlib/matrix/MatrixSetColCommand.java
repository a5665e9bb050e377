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

/** {@code matrix set-col}: a copy with one column replaced. */
public final class MatrixSetColCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("matrix set-col", Category.MATH)
                .description("Replace a column in a 2D matrix.")
                .searchTerms("column", "replace")
                .required("index", SyntaxShape.INT, "The column index to replace (0-based).")
                .required("replacement", SyntaxShape.LIST, "The new column values as a list of numbers.")
                .io("matrix", "matrix");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Replace the first column", "matrix zeros 2 2 | matrix set-col 0 [1.0 2.0] | matrix into-nu",
                list(list(f(1), f(0)), list(f(2), f(0)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PipelineData.of(Lines.set(call, Matrices.input(call, input), false));
    }
}
