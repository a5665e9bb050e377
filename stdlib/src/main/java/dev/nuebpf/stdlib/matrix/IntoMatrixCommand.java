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

/** {@code into matrix}: a table or list of number lists becomes a float matrix. */
public final class IntoMatrixCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("into matrix", Category.CONVERSIONS)
                .description("Convert a nushell table or list of lists into a matrix.")
                .searchTerms("convert", "array", "ndarray", "2d")
                .io("table", "matrix").io("list<list<number>>", "matrix");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Convert a list of lists into a matrix", "[[1 2] [3 4]] | into matrix | matrix into-nu",
                        list(list(f(1), f(2)), list(f(3), f(4)))),
                Example.of("Convert a table into a matrix", "[[a b]; [1 2] [3 4]] | into matrix | matrix into-nu",
                        list(list(f(1), f(2)), list(f(3), f(4)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value v = input.collect();
        if (v instanceof Matrix) return PipelineData.of(v);
        if (v instanceof Value.ListV l) {
            if (l.items().isEmpty()) return PipelineData.of(l); // nu passes an empty list through
            return PipelineData.of(Matrices.fromNu(call, l, call.head()));
        }
        throw dev.nuebpf.command.Errors.unsupportedInput(call.commandName(), "table or list<list<number>>", v, call.head(), call.inputSpan());
    }
}
