package dev.nuebpf.stdlib.matrix;

import static dev.nuebpf.stdlib.testing.V.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.testing.FakeCall;
import org.junit.jupiter.api.Test;

class MatrixCommandsTest {
    private static Matrix m(int rows, int cols, double... data) { return Matrix.of2d(rows, cols, data); }

    private static Value nu(Value matrix) { return FakeCall.of(new MatrixIntoNuCommand()).run(matrix); }

    @Test void convertsBothWays() {
        Value mx = FakeCall.of(new IntoMatrixCommand()).run(list(list(1, 2), list(3, 4.5)));
        assertEquals("matrix", mx.typeName());
        assertEquals(m(2, 2, 1, 2, 3, 4.5), mx);
        assertEquals(list(list(1.0, 2.0), list(3.0, 4.5)), nu(mx));
        assertEquals(m(1, 2, 1, 2), FakeCall.of(new IntoMatrixCommand()).run(list(rec("a", i(1), "b", i(2)))));
        assertEquals(list(rec("col0", f(1), "col1", f(2))), FakeCall.of(new MatrixIntoNuCommand()).sw("as-records").run(m(1, 2, 1, 2)));
        ShellException e = assertThrows(ShellException.class, () -> FakeCall.of(new IntoMatrixCommand()).run(list(list(1, 2), list(3))));
        assertEquals("Inconsistent row lengths", e.diagnostic().message());
    }

    @Test void arithmetic() {
        Matrix id = m(2, 2, 1, 0, 0, 1);
        assertEquals(m(2, 2, 6, 5, 5, 6), FakeCall.of(new MatrixAddCommand()).pos(i(5)).run(id));
        assertEquals(m(2, 3, -1, -2, -3, -1, -2, -3),
                FakeCall.of(new MatrixSubtractCommand()).pos(m(1, 3, 1, 2, 3)).sw("broadcast").run(m(2, 3, 0, 0, 0, 0, 0, 0)));
        assertThrows(ShellException.class, () -> FakeCall.of(new MatrixAddCommand()).pos(m(1, 3, 1, 2, 3)).run(m(2, 3, 0, 0, 0, 0, 0, 0)));
        assertEquals(m(2, 2, 3, 4, 1, 2), FakeCall.of(new MatrixMultiplyCommand()).pos(m(2, 2, 0, 1, 1, 0)).sw("swap").run(m(2, 2, 1, 2, 3, 4)));
        assertEquals(m(2, 1, 5, 11), FakeCall.of(new MatrixMultiplyCommand()).pos(m(2, 1, 1, 2)).run(m(2, 2, 1, 2, 3, 4)));
        assertEquals(m(3, 2, 1, 4, 2, 5, 3, 6), FakeCall.of(new MatrixTransposeCommand()).run(m(2, 3, 1, 2, 3, 4, 5, 6)));
        assertEquals(m(2, 2, 1.5, 0, 0, 1.5), FakeCall.of(new MatrixScaleCommand()).pos(f(1.5)).run(id));
    }

    @Test void foldsAndAxes() {
        Matrix a = m(2, 2, 1, 2, 3, 4);
        assertEquals(f(10), FakeCall.of(new MatrixSumCommand()).run(a));
        assertEquals(list(list(3.0, 7.0)), nu(FakeCall.of(new MatrixSumCommand()).flag("axis", i(1)).run(a)));
        assertEquals(list(list(3.0, 4.0)), nu(FakeCall.of(new MatrixMaxCommand()).flag("axis", i(0)).run(a)));
        assertThrows(ShellException.class, () -> FakeCall.of(new MatrixMaxCommand()).flag("axis", i(2)).run(a));
        assertEquals(f(2.5), FakeCall.of(new MatrixMeanCommand()).run(a));
    }

    @Test void shapesRowsAndColumns() {
        Matrix z = (Matrix) FakeCall.of(new MatrixZerosCommand()).pos(i(2)).rest(i(3)).run(Value.NOTHING);
        assertEquals(m(2, 3, 0, 0, 0, 0, 0, 0), z);
        assertEquals(m(3, 2, 1, 2, 3, 4, 5, 6), FakeCall.of(new MatrixReshapeCommand()).pos(i(3)).rest(i(2)).run(m(2, 3, 1, 2, 3, 4, 5, 6)));
        assertThrows(ShellException.class, () -> FakeCall.of(new MatrixReshapeCommand()).pos(i(4)).rest(i(2)).run(z));
        assertEquals(list(list(1.0, 0.0, 0.0, 1.0)), nu(FakeCall.of(new MatrixReshapeCommand()).sw("flatten").run(m(2, 2, 1, 0, 0, 1))));
        Value withCol = FakeCall.of(new MatrixSetColCommand()).pos(i(2), list(7, 8)).run(z);
        assertEquals(m(2, 3, 0, 0, 7, 0, 0, 8), withCol);
        assertEquals(list(7.0, 8.0), FakeCall.of(new MatrixGetColCommand()).pos(i(2)).run(withCol));
        assertEquals(list(0.0, 0.0, 8.0), FakeCall.of(new MatrixGetRowCommand()).pos(i(1)).run(withCol));
        ShellException e = assertThrows(ShellException.class, () -> FakeCall.of(new MatrixGetRowCommand()).pos(i(5)).run(withCol));
        assertEquals("Index out of bounds", e.diagnostic().message());
        assertThrows(ShellException.class, () -> FakeCall.of(new MatrixSetRowCommand()).pos(i(0), list(1)).run(z));
    }

    @Test void baseValueRoundTrip() {
        Matrix a = m(2, 2, 1, 2, 3, 4);
        assertEquals(list(list(1.0, 2.0), list(3.0, 4.0)), a.toBase());
        assertEquals(m(2, 2, 5, 6, 3, 4), a.fromBase(list(list(5, 6), list(3.0, 4.0))));
        assertNull(a.fromBase(list(list(1, 2), list(3))));
        assertNull(a.fromBase(list(list("x"))));
    }
}
