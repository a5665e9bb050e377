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

/** {@code matrix mean}: the average of all elements. */
public final class MatrixMeanCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("matrix mean", Category.MATH)
                .description("Compute the mean of all elements in a matrix.")
                .searchTerms("average", "avg")
                .io("matrix", "float");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Mean of all elements", "[[1 2] [3 4]] | into matrix | matrix mean", f(2.5)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Matrix m = Matrices.input(call, input);
        double s = 0;
        for (double d : m.data()) s += d;
        return PipelineData.of(new Value.Float(s / m.size()));
    }
}
