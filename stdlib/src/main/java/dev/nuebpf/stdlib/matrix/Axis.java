package dev.nuebpf.stdlib.matrix;

import dev.nuebpf.command.Call;
import dev.nuebpf.runtime.Value;
import java.util.function.DoubleBinaryOperator;

/** Folding all elements, or along one axis (the result is then a vector), for sum and max. */
final class Axis {
    private Axis() {}

    static Value fold(Call call, Matrix m, DoubleBinaryOperator op) {
        Long axis = call.intFlag("axis");
        if (axis == null) {
            double acc = m.data()[0];
            for (int i = 1; i < m.size(); i++) acc = op.applyAsDouble(acc, m.data()[i]);
            return new Value.Float(acc);
        }
        int dims = m.shape().length;
        if (axis < 0 || axis >= dims)
            throw Matrices.error("Invalid axis", "axis " + axis + " is out of bounds for a " + dims + "-dimensional array", call.head());
        if (dims == 1) {
            double acc = m.data()[0];
            for (int i = 1; i < m.size(); i++) acc = op.applyAsDouble(acc, m.data()[i]);
            return new Value.Float(acc);
        }
        boolean down = axis == 0; // axis 0 folds each column over the rows
        int n = down ? m.cols() : m.rows(), len = down ? m.rows() : m.cols();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double acc = down ? m.at(0, i) : m.at(i, 0);
            for (int j = 1; j < len; j++) acc = op.applyAsDouble(acc, down ? m.at(j, i) : m.at(i, j));
            out[i] = acc;
        }
        return new Matrix(new int[] {n}, out);
    }
}
