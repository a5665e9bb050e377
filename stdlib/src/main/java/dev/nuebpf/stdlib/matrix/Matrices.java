package dev.nuebpf.stdlib.matrix;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.List;

/** Shared plumbing of the matrix commands: reading inputs and arguments, and nu's error texts. */
final class Matrices {
    private Matrices() {}

    /** The pipeline input as a matrix; a list of number rows (what {@code update} on a matrix yields) is converted. */
    static Matrix input(Call call, PipelineData input) {
        Value v = input.collect();
        if (v instanceof Matrix m) return m;
        if (v instanceof Value.ListV l && !l.items().isEmpty()) return fromNu(call, l, call.head());
        throw Errors.unsupportedInput(call.commandName(), "matrix", v, call.head(), call.inputSpan());
    }

    /** An argument that must be a matrix (lists of number rows are accepted too). */
    static Matrix arg(Call call, Value v, Span span) {
        if (v instanceof Matrix m) return m;
        if (v instanceof Value.ListV l && !l.items().isEmpty()) return fromNu(call, l, span);
        throw Errors.typeMismatch("matrix", v, span);
    }

    /** {@code into matrix}: rows are lists of numbers or records whose values are numbers. */
    static Matrix fromNu(Call call, Value.ListV list, Span span) {
        List<List<Value>> rows = new ArrayList<>();
        for (Value row : list.items()) {
            if (row instanceof Value.ListV l) rows.add(l.items());
            else if (row instanceof Record r) rows.add(r.values());
            else throw Errors.typeMismatch("list<number> or record", row, span);
        }
        int cols = rows.get(0).size();
        double[] data = new double[rows.size() * cols];
        for (int r = 0; r < rows.size(); r++) {
            List<Value> row = rows.get(r);
            if (row.size() != cols)
                throw error("Inconsistent row lengths", "row " + r + " has " + row.size() + " elements, expected " + cols, span);
            for (int c = 0; c < cols; c++) data[r * cols + c] = number(row.get(c), span);
        }
        return Matrix.of2d(rows.size(), cols, data);
    }

    static double number(Value v, Span span) {
        if (v instanceof Value.Int i) return i.value();
        if (v instanceof Value.Float f) return f.value();
        throw Errors.typeMismatch("number", v, span);
    }

    /** A list of numbers argument (set-row, set-col). */
    static double[] numbers(Value v, Span span) {
        if (!(v instanceof Value.ListV l)) throw Errors.typeMismatch("list<number>", v, span);
        double[] out = new double[l.items().size()];
        for (int i = 0; i < out.length; i++) out[i] = number(l.items().get(i), span);
        return out;
    }

    /** Dimension arguments must be positive; nu labels the command name. */
    static int[] dims(Call call, List<Long> given) {
        int[] out = new int[given.size()];
        for (int i = 0; i < out.length; i++) {
            long d = given.get(i);
            if (d <= 0) throw error("Invalid dimensions", "dimensions must be positive integers", call.head());
            out[i] = (int) d;
        }
        if (out.length > 2) throw error("Unsupported dimensions", "only 1-D and 2-D matrices are supported", call.head());
        return out;
    }

    static List<Long> intArgs(Call call, int firstPositional) {
        List<Long> out = new ArrayList<>();
        if (call.positional(firstPositional) != null) out.add(call.intArg(firstPositional));
        List<Value> rest = call.rest();
        for (int i = 0; i < rest.size(); i++) out.add(Errors.expectInt(rest.get(i), call.restSpans().get(i)));
        return out;
    }

    /** nu reports matrix failures as {@code nu::shell::error} with a title and a label on the command. */
    static ShellException error(String title, String label, Span span) {
        return Errors.generic(title, span, label);
    }

    static PipelineData out(Value v) { return PipelineData.of(v); }
}
