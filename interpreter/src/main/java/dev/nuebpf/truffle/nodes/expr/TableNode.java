package dev.nuebpf.truffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.nodes.ExprNode;
import java.util.ArrayList;
import java.util.List;

/** {@code [[a, b]; [1, 2]]}: a list of records with the header's columns. */
public final class TableNode extends ExprNode {
    @Children private final ExprNode[] headers;
    @Children private final ListNode[] rows;

    public TableNode(ExprNode[] headers, ListNode[] rows, Span span) {
        super(span);
        this.headers = headers;
        this.rows = rows;
    }

    @ExplodeLoop
    @Override public Value execute(VirtualFrame frame) {
        String[] names = new String[headers.length];
        for (int i = 0; i < headers.length; i++) {
            names[i] = ValueDisplay.toText(headers[i].execute(frame));
            for (int j = 0; j < i; j++) {
                if (names[j].equals(names[i])) {
                    throw new ShellException(dev.nuebpf.diag.Diagnostic.builder("nu::shell::column_defined_twice",
                            "Record field or table column used twice: " + names[i])
                            .label(headers[i].span(), "field redefined here").label(headers[j].span(), "field first defined here").build());
                }
            }
        }
        List<Value> out = new ArrayList<>(rows.length);
        for (ListNode row : rows) {
            List<Value> cells = ((Value.ListV) row.execute(frame)).items();
            if (cells.size() != names.length) {
                throw ShellException.of("nu::parser::table_row_length_mismatch", "Table row has wrong number of columns.",
                        row.span(), "expected " + names.length + " column" + (names.length == 1 ? "" : "s") + ", found " + cells.size());
            }
            Record.Builder b = Record.builder();
            for (int i = 0; i < names.length; i++) b.put(names[i], cells.get(i));
            out.add(b.build());
        }
        return new Value.ListV(out);
    }
}
