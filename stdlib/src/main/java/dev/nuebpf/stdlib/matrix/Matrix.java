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
