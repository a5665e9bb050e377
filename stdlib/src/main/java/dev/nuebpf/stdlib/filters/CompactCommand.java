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
/** {@code compact}: drops null rows (and empty ones with --empty), or rows null in the given columns. */
public final class CompactCommand implements Command {
    private final Signature sig = Signature.build("compact", Category.FILTERS)
            .description("Creates a table with non-empty rows.")
            .extraDescription("Can be used to remove `null` or empty values from lists and records too.")
            .rest("columns", SyntaxShape.ANY, "The columns to compact from the table.")
            .switchFlag("empty", "Also compact empty items like \"\", {}, and [].", 'e')
            .io("record", "record").io("list<any>", "list<any>")
            .searchTerms("empty", "remove");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Remove nulls from a list", "[1 null 2] | compact", ints(1, 2)),
                Example.of("Also remove empty values", "[1 null 2 '' 3 [] 4 {} 5] | compact --empty", ints(1, 2, 3, 4, 5)),
                Example.of("Drop rows whose column is null", "[[a b]; [1 null] [null 2]] | compact b", table(cols("a", "b"), row(nothing(), i(2)))),
                Example.of("Remove null fields of a record", "{a: 1, b: null, c: 3} | compact", rec("a", i(1), "c", i(3))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean empty = call.has("empty");
        List<String> columns = new ArrayList<>();
        for (int k = 0; k < call.rest().size(); k++) columns.add(dev.nuebpf.format.ValueDisplay.toText(call.rest().get(k)));
        java.util.function.Predicate<Value> gone = v -> v == null || v == Value.NOTHING || (empty && Inputs.isEmptyValue(v));
        if (input instanceof PipelineData.Single s && s.value() instanceof Record r) {
            Record.Builder b = Record.builder();
            for (int k = 0; k < r.size(); k++)
                if ((!columns.isEmpty() && !columns.contains(r.keys().get(k))) || !gone.test(r.values().get(k))) b.put(r.keys().get(k), r.values().get(k));
            return PipelineData.of(b.build());
        }
        return Inputs.map(call, Inputs.listIterator(call, input, "list or record"), v -> {
            if (columns.isEmpty()) return gone.test(v) ? null : v;
            if (v instanceof Record r) {
                for (String c : columns) if (gone.test(r.get(c))) return null;
                return v;
            }
            return gone.test(v) ? null : v;
        });
    }
}
