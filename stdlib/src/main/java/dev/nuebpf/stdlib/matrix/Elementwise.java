package dev.nuebpf.stdlib.matrix;

import dev.nuebpf.command.Call;
import dev.nuebpf.runtime.Value;
import java.util.function.DoubleBinaryOperator;

/** Element-by-element arithmetic with a scalar or a matrix, with numpy-style broadcasting when asked for. */
final class Elementwise {
    private Elementwise() {}

    static Matrix apply(Call call, Matrix m, DoubleBinaryOperator op) {
        Value other = call.req(0);
        if (other instanceof Value.Int || other instanceof Value.Float) {
            double s = Matrices.number(other, call.positionalSpan(0));
            double[] out = new double[m.size()];
            for (int i = 0; i < out.length; i++) out[i] = op.applyAsDouble(m.data()[i], s);
            return new Matrix(m.shape(), out);
        }
        Matrix b = Matrices.arg(call, other, call.positionalSpan(0));
        if (java.util.Arrays.equals(m.shape(), b.shape())) {
            double[] out = new double[m.size()];
            for (int i = 0; i < out.length; i++) out[i] = op.applyAsDouble(m.data()[i], b.data()[i]);
            return new Matrix(m.shape(), out);
        }
        if (!call.has("broadcast"))
            throw Matrices.error("Shape mismatch", "shapes do not match: " + m.shapeText() + " vs " + b.shapeText()
                    + ". Use --broadcast to enable broadcasting.", call.head());
        return broadcast(call, m, b, op);
    }

    /** Both operands seen as 2-D (vectors are rows); a dimension of 1 stretches to the other's. */
    private static Matrix broadcast(Call call, Matrix a, Matrix b, DoubleBinaryOperator op) {
        int rows = dim(call, a, b, a.rows(), b.rows()), cols = dim(call, a, b, a.cols(), b.cols());
        double[] out = new double[rows * cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                out[r * cols + c] = op.applyAsDouble(a.at(a.rows() == 1 ? 0 : r, a.cols() == 1 ? 0 : c),
                        b.at(b.rows() == 1 ? 0 : r, b.cols() == 1 ? 0 : c));
        boolean vector = a.shape().length == 1 && b.shape().length == 1;
        return vector ? new Matrix(new int[] {cols}, out) : Matrix.of2d(rows, cols, out);
    }

    private static int dim(Call call, Matrix a, Matrix b, int x, int y) {
        if (x == y || y == 1) return x;
        if (x == 1) return y;
        throw Matrices.error("Shape mismatch", "shapes " + a.shapeText() + " and " + b.shapeText()
                + " cannot be broadcast together", call.head());
    }
}
