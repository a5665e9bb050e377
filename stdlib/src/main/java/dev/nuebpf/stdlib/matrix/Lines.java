package dev.nuebpf.stdlib.matrix;

import dev.nuebpf.command.Call;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.List;

/** Reading and replacing one row or column of a 2-D matrix (get-row, set-col, ...). */
final class Lines {
    private Lines() {}

    private static int index(Call call, Matrix m, boolean row) {
        long i = call.intArg(0);
        int count = row ? m.rows() : m.cols();
        if (i < 0 || i >= count) {
            String what = row ? "row" : "column", many = row ? "rows" : "columns";
            throw Matrices.error("Index out of bounds", what + " index " + i + " is out of bounds, matrix has " + count + " " + many,
                    call.head());
        }
        return (int) i;
    }

    static Value.ListV get(Call call, Matrix m, boolean row) {
        int i = index(call, m, row);
        List<Value> out = new ArrayList<>();
        int n = row ? m.cols() : m.rows();
        for (int k = 0; k < n; k++) out.add(new Value.Float(row ? m.at(i, k) : m.at(k, i)));
        return new Value.ListV(out);
    }

    static Matrix set(Call call, Matrix m, boolean row) {
        int i = index(call, m, row);
        double[] repl = Matrices.numbers(call.req(1), call.positionalSpan(1));
        int n = row ? m.cols() : m.rows();
        if (repl.length != n)
            throw Matrices.error("Size mismatch", "replacement has " + repl.length + " elements, but "
                    + (row ? "row has " + n + " columns" : "column has " + n + " rows"), call.head());
        double[] out = m.data().clone();
        for (int k = 0; k < n; k++) out[row ? i * m.cols() + k : k * m.cols() + i] = repl[k];
        return new Matrix(m.shape(), out);
    }
}
