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

/** {@code matrix get-row}: one row as a list of floats. */
public final class MatrixGetRowCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("matrix get-row", Category.MATH)
                .description("Extract a row from a matrix.")
                
                .required("index", SyntaxShape.INT, "The row index to extract (0-based).")
                .io("matrix", "list<float>");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Get the second row of an identity matrix", "matrix identity 2 | matrix get-row 1", list(f(0), f(1))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PipelineData.of(Lines.get(call, Matrices.input(call, input), true));
    }
}
