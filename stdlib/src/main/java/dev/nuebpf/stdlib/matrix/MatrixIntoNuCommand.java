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

import dev.nuebpf.runtime.Record;
import java.util.ArrayList;

/** {@code matrix into-nu}: back to a list of float rows, or records with col0, col1, ... columns. */
public final class MatrixIntoNuCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("matrix into-nu", Category.CONVERSIONS)
                .description("Convert a matrix to a nushell table (list of lists by default).")
                .searchTerms("convert", "table", "list")
                .switchFlag("as-records", "Output as a list of records with auto-generated column names", 'r')
                .io("matrix", "table");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Convert a matrix to a list of lists", "matrix identity 2 | matrix into-nu",
                        list(list(f(1), f(0)), list(f(0), f(1)))),
                Example.of("Convert a matrix to a table of records", "matrix identity 2 | matrix into-nu --as-records",
                        table(cols("col0", "col1"), row(f(1), f(0)), row(f(0), f(1)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Matrix m = Matrices.input(call, input);
        if (!call.has("as-records")) return PipelineData.of(m.toNu());
        List<Value> rows = new ArrayList<>();
        for (int r = 0; r < m.rows(); r++) {
            Record.Builder b = Record.builder();
            for (int c = 0; c < m.cols(); c++) b.put("col" + c, new Value.Float(m.at(r, c)));
            rows.add(b.build());
        }
        return PipelineData.of(new Value.ListV(rows));
    }
}
