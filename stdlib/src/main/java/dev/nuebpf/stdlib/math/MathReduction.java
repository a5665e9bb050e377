package dev.nuebpf.stdlib.math;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Command;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.strings.Operate;
import dev.nuebpf.syntax.PathMember;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A math command that folds many values into one ({@code math sum}, {@code math avg} ...). A list, range or
 * stream reduces to a value; a table reduces column by column into a record; a record reduces each of its
 * (list) values; with cell paths only the named cells are reduced and everything else is kept.
 */
public abstract class MathReduction implements Command {

    /** Folds a non-empty list (or an empty one if {@link #emptyAllowed()}). */
    protected abstract Value reduce(List<Value> values, Call call);

    protected boolean emptyAllowed() { return false; }

    /** What a lone scalar input gives (nu rejects most; {@code math avg} accepts numbers). */
    protected Value scalar(Value v, Call call) {
        throw MathErrors.wrongType(call, "list<number>, list<duration>, list<filesize>, range, table, and record", v);
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<List<PathMember>> paths = Operate.cellPaths(call);
        if (!paths.isEmpty()) return Operate.map(input, call, paths, v -> reduceCell(v, call));
        if (input instanceof PipelineData.Single s && s.value() instanceof Record r) {
            Record.Builder b = Record.builder();
            for (int i = 0; i < r.size(); i++) b.put(r.keys().get(i), reduceCell(r.values().get(i), call));
            return PipelineData.of(b.build());
        }
        if (input instanceof PipelineData.Single s && !(s.value() instanceof Value.ListV) && !(s.value() instanceof Value.RangeV)) {
            return PipelineData.of(scalar(s.value(), call));
        }
        List<Value> items = items(input, call);
        if (!items.isEmpty() && items.stream().allMatch(v -> v instanceof Record)) return PipelineData.of(byColumn(items, call));
        return PipelineData.of(reduceChecked(items, call));
    }

    private Value reduceChecked(List<Value> items, Call call) {
        if (items.isEmpty() && !emptyAllowed()) throw MathErrors.empty(call);
        return reduce(items, call);
    }

    private Value reduceCell(Value v, Call call) {
        if (v instanceof Value.ListV || v instanceof Value.RangeV) return reduceChecked(items(PipelineData.of(v), call), call);
        return reduce(List.of(v), call);
    }

    private Record byColumn(List<Value> rows, Call call) {
        Map<String, List<Value>> cols = new LinkedHashMap<>();
        for (Value row : rows) {
            Record r = (Record) row;
            for (int i = 0; i < r.size(); i++) cols.computeIfAbsent(r.keys().get(i), k -> new ArrayList<>()).add(r.values().get(i));
        }
        Record.Builder b = Record.builder();
        cols.forEach((k, vs) -> b.put(k, reduce(vs, call)));
        return b.build();
    }

    static List<Value> items(PipelineData input, Call call) {
        if (input instanceof PipelineData.Single s && s.value() instanceof Value.RangeV r && isUnbounded(r)) throw MathErrors.unbounded(call);
        List<Value> out = new ArrayList<>();
        Iterator<Value> it = input.iterator();
        while (it.hasNext()) {
            if (call.engine() != null && call.engine().interrupted()) break;
            out.add(it.next());
        }
        return out;
    }

    static boolean isUnbounded(Value.RangeV r) { return r.end() == null || r.end() == Value.NOTHING; }

    /** The common element kind of a list, or null if mixed or not numeric. */
    enum Kind { NUMBER, DURATION, FILESIZE }

    static Kind kind(List<Value> vs) {
        Kind k = null;
        for (Value v : vs) {
            Kind this_ = Arith.isNumber(v) ? Kind.NUMBER : v instanceof Value.Duration ? Kind.DURATION
                    : v instanceof Value.Filesize ? Kind.FILESIZE : null;
            if (this_ == null || (k != null && k != this_)) return null;
            k = this_;
        }
        return k;
    }

    /** The list's kind, or nu's "only numbers, durations, filesizes" error. */
    static Kind requireKind(List<Value> vs, Call call, boolean numbersOnly) {
        Kind k = kind(vs);
        if (k == null || (numbersOnly && k != Kind.NUMBER)) {
            String expected = numbersOnly ? "list<number>, range, table, and record"
                    : "list<number>, list<duration>, list<filesize>, range, table, and record";
            throw MathErrors.wrongType(call, expected, new Value.ListV(vs));
        }
        return k;
    }

    /** The shape all reductions share: a rest of column cell paths. */
    protected static dev.nuebpf.command.Signature sig(String name, String description) {
        return dev.nuebpf.command.Signature.build(name, dev.nuebpf.command.Category.MATH)
                .description(description)
                .rest("columns", dev.nuebpf.syntax.SyntaxShape.CELL_PATH, "The cell-paths/columns to operate on.");
    }
}
