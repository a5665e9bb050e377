package dev.nuebpf.stdlib.filters;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import dev.nuebpf.runtime.Values;
import dev.nuebpf.stdlib.common.CellPathOps;
import dev.nuebpf.stdlib.common.Closures;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.runtime.TypeNames;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
/** The {@code roll} family: rotate a table's columns left/right (with or without their headers) or its rows up/down. */
public final class RollCommand implements Command {
    private final String dir;
    private final Signature sig;

    private RollCommand(String dir, Signature sig) {
        this.dir = dir;
        this.sig = sig;
    }

    public static List<Command> all() {
        List<Command> out = new ArrayList<>();
        for (String d : List.of("left", "right")) {
            out.add(new RollCommand(d, Signature.build("roll " + d, Category.FILTERS)
                    .description("Roll record or table columns " + d + ".")
                    .named("by", SyntaxShape.INT, "Number of columns to roll.", 'b')
                    .switchFlag("cells-only", "Rotates columns leaving headers fixed.", 'c')
                    .io("record", "record").io("table", "table").searchTerms("rotate", "shift", "move", "column")));
        }
        for (String d : List.of("up", "down")) {
            out.add(new RollCommand(d, Signature.build("roll " + d, Category.FILTERS)
                    .description("Roll table rows " + d + ".")
                    .named("by", SyntaxShape.INT, "Number of rows to roll.", 'b')
                    .io("table", "table").searchTerms("rotate", "shift", "move", "row")));
        }
        return out;
    }

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return switch (dir) {
            case "left" -> List.of(
                    Example.of("Roll the fields of a record left", "{a: 1, b: 2, c: 3} | roll left", rec("b", i(2), "c", i(3), "a", i(1))),
                    Example.of("Roll only the cells", "[[a b c]; [1 2 3]] | roll left --cells-only", table(cols("a", "b", "c"), row(i(2), i(3), i(1)))));
            case "right" -> List.of(
                    Example.of("Roll the columns of a table right", "[[a b c]; [1 2 3]] | roll right", table(cols("c", "a", "b"), row(i(3), i(1), i(2)))),
                    Example.of("Roll right by two", "{a: 1, b: 2, c: 3} | roll right --by 2", rec("b", i(2), "c", i(3), "a", i(1))));
            case "up" -> List.of(Example.of("Roll rows up", "[[a]; [1] [2] [3]] | roll up", table(cols("a"), row(i(2)), row(i(3)), row(i(1)))));
            default -> List.of(Example.of("Roll rows down", "[[a]; [1] [2] [3]] | roll down", table(cols("a"), row(i(3)), row(i(1)), row(i(2)))));
        };
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Long byFlag = call.intFlag("by");
        long by = byFlag == null ? 1 : byFlag;
        if (by < 0) throw ShellErrors.needsPositive(call.flagSpan("by"));
        Value v = input.collect();
        if (dir.equals("up") || dir.equals("down")) {
            if (!(v instanceof Value.ListV l)) throw ShellErrors.unsupportedInput("table", v, call.head(), Inputs.span(input));
            return Inputs.list(rotate(new ArrayList<>(l.items()), dir.equals("up") ? by : -by));
        }
        long shift = dir.equals("left") ? by : -by;
        boolean cellsOnly = call.has("cells-only");
        if (v instanceof Record r) return PipelineData.of(roll(r, shift, cellsOnly));
        if (v instanceof Value.ListV l && (l.items().isEmpty() || Inputs.isTable(l))) {
            List<Value> out = new ArrayList<>();
            for (Value row : l.items()) out.add(row instanceof Record r ? roll(r, shift, cellsOnly) : row);
            return Inputs.list(out);
        }
        throw ShellErrors.unsupportedInput("record or table", v, call.head(), Inputs.span(input));
    }

    /** Rotates left by {@code shift} (negative: right). */
    private static <T> List<T> rotate(List<T> items, long shift) {
        if (!items.isEmpty()) java.util.Collections.rotate(items, (int) -(shift % items.size()));
        return items;
    }

    private static Record roll(Record r, long shift, boolean cellsOnly) {
        List<String> keys = rotate(new ArrayList<>(r.keys()), shift);
        List<Value> values = rotate(new ArrayList<>(r.values()), shift);
        Record.Builder b = Record.builder();
        for (int k = 0; k < keys.size(); k++) b.put(cellsOnly ? r.keys().get(k) : keys.get(k), values.get(k));
        return b.build();
    }
}
