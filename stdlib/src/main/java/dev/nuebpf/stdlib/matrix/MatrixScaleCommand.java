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

/** {@code matrix scale k}: every element times k. */
public final class MatrixScaleCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("matrix scale", Category.MATH)
                .description("Multiply all elements of a matrix by a scalar.")
                .searchTerms("multiply", "scalar")
                .required("scalar", SyntaxShape.NUMBER, "The scalar to multiply each element by.")
                .io("matrix", "matrix");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Scale an identity matrix", "matrix identity 2 | matrix scale 3 | matrix into-nu",
                list(list(f(3), f(0)), list(f(0), f(3)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Matrix m = Matrices.input(call, input);
        double k = Matrices.number(call.req(0), call.positionalSpan(0));
        double[] out = new double[m.size()];
        for (int i = 0; i < out.length; i++) out[i] = m.data()[i] * k;
        return PipelineData.of(new Matrix(m.shape(), out));
    }
}
