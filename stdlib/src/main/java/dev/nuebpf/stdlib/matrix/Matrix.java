package dev.nuebpf.stdlib.matrix;

import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * nu's {@code matrix} custom value: a dense array of floats in row-major order. Nushell keeps 1-D results
 * (e.g. {@code matrix sum --axis 0}) as vectors, so the shape has one or two dimensions; a vector converts
 * back to nu as a single row.
 */
public record Matrix(int[] shape, double[] data) implements Value.Custom {
    public Matrix {
        shape = shape.clone();
        data = data.clone();
    }

    static Matrix of2d(int rows, int cols, double[] data) { return new Matrix(new int[] {rows, cols}, data); }

    @Override public String typeName() { return "matrix"; }

    /** Rows when seen as 2-D (a vector is one row). */
    int rows() { return shape.length == 1 ? 1 : shape[0]; }

    int cols() { return shape.length == 1 ? shape[0] : shape[1]; }

    double at(int r, int c) { return data[r * cols() + c]; }

    int size() { return data.length; }

    /** The same numbers as nu lists of float rows (what {@code matrix into-nu} returns). */
    Value.ListV toNu() {
        List<Value> out = new ArrayList<>();
        for (int r = 0; r < rows(); r++) out.add(row(r));
        return new Value.ListV(out);
    }

    Value.ListV row(int r) {
        List<Value> cells = new ArrayList<>();
        for (int c = 0; c < cols(); c++) cells.add(new Value.Float(at(r, c)));
        return new Value.ListV(cells);
    }

    @Override public Value toBase() { return toNu(); }

    /** An updated list of number rows becomes a matrix again, as nu keeps {@code update}'s result a matrix. */
    @Override public Value fromBase(Value base) {
        if (!(base instanceof Value.ListV l) || l.items().isEmpty()) return null;
        double[][] rows = new double[l.items().size()][];
        for (int r = 0; r < rows.length; r++) {
            if (!(l.items().get(r) instanceof Value.ListV row)) return null;
            rows[r] = new double[row.items().size()];
            for (int c = 0; c < rows[r].length; c++) {
                Value x = row.items().get(c);
                if (x instanceof Value.Int i) rows[r][c] = i.value();
                else if (x instanceof Value.Float f) rows[r][c] = f.value();
                else return null;
            }
            if (rows[r].length != rows[0].length) return null;
        }
        double[] data = new double[rows.length * rows[0].length];
        for (int r = 0; r < rows.length; r++) System.arraycopy(rows[r], 0, data, r * rows[0].length, rows[0].length);
        return of2d(rows.length, rows[0].length, data);
    }

    /** nu's shape text in errors: {@code [2, 3]}. */
    String shapeText() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) sb.append(i > 0 ? ", " : "").append(shape[i]);
        return sb.append(']').toString();
    }

    @Override public boolean equals(Object o) {
        return o instanceof Matrix m && Arrays.equals(shape, m.shape) && Arrays.equals(data, m.data);
    }

    @Override public int hashCode() { return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data); }

    /** Shown where nu would show the underlying list of rows. */
    @Override public String toString() { return dev.nuebpf.format.ValueDisplay.toText(toNu()); }
}
