package dev.nuebpf.truffle.nodes.expr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.nodes.ExprNode;
import java.util.ArrayList;
import java.util.List;

/** {@code {a: 1, ($k): v, ...$r}}; a key given twice is nu's {@code column_defined_twice} error. */
public final class RecordNode extends ExprNode {
    @Children private final ExprNode[] keys;   // null entry for a spread
    @Children private final ExprNode[] values;

    /** When every key is a distinct string literal: the key list, shared by every record this literal makes. */
    private final List<String> constantKeys;

    public RecordNode(ExprNode[] keys, ExprNode[] values, Span span) {
        super(span);
        this.keys = keys;
        this.values = values;
        this.constantKeys = constantKeys(keys);
    }

    private static List<String> constantKeys(ExprNode[] keys) {
        List<String> names = new ArrayList<>();
        for (ExprNode k : keys) {
            if (!(k instanceof ConstNode c && c.value() instanceof Value.Str s) || names.contains(s.value())) return null;
            names.add(s.value());
        }
        return List.copyOf(names);
    }

    @ExplodeLoop
    @Override public Value execute(VirtualFrame frame) {
        if (constantKeys != null) {
            Value[] vs = new Value[values.length];
            for (int i = 0; i < values.length; i++) vs[i] = values[i].execute(frame);
            return Record.fromColumns(constantKeys, vs);
        }
        Record.Builder b = Record.builder();
        Span[] keySpans = new Span[keys.length];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null) {
                Value v = values[i].execute(frame);
                spread(b, v, values[i].span());
            } else {
                Value k = keys[i].execute(frame);
                Value v = values[i].execute(frame);
                put(b, k, v, keys[i].span(), keySpans, i);
            }
        }
        return b.build();
    }

    @TruffleBoundary
    private static void spread(Record.Builder b, Value v, Span s) {
        if (!(v instanceof Record r)) throw Errors.typeMismatch("record", v, s);
        for (int i = 0; i < r.size(); i++) {
            String k = r.keys().get(i);
            if (b.has(k)) {
                throw new ShellException(Diagnostic.builder("nu::shell::column_defined_twice", "Record field or table column used twice: " + k)
                        .label(s, "field redefined here").build());
            }
            b.put(k, r.values().get(i));
        }
    }

    @TruffleBoundary
    private void put(Record.Builder b, Value k, Value v, Span ks, Span[] keySpans, int i) {
        String key = k instanceof Value.Str s ? s.value() : ValueDisplay.toText(k);
        if (b.has(key)) {
            Span first = null;
            for (int j = 0; j < i; j++) if (keySpans[j] != null && keySpans[j].text().replace("\"", "").replace("'", "").equals(key)) first = keySpans[j];
            throw new ShellException(Diagnostic.builder("nu::shell::column_defined_twice", "Record field or table column used twice: " + key)
                    .label(ks, "field redefined here").label(first, "field first defined here").build());
        }
        keySpans[i] = ks;
        b.put(key, v);
    }
}
