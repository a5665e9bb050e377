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

/** {@code matrix identity n}: the n-by-n identity matrix. */
public final class MatrixIdentityCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("matrix identity", Category.MATH)
                .description("Create an identity matrix of the given size.")
                .searchTerms("eye", "unit")
                .required("size", SyntaxShape.INT, "The size of the square identity matrix.")
                .io("nothing", "matrix");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Create a 2x2 identity matrix", "matrix identity 2 | matrix into-nu",
                list(list(f(1), f(0)), list(f(0), f(1)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        int n = Matrices.dims(call, List.of(call.intArg(0)))[0];
        double[] data = new double[n * n];
        for (int i = 0; i < n; i++) data[i * n + i] = 1;
        return PipelineData.of(Matrix.of2d(n, n, data));
    }
}
