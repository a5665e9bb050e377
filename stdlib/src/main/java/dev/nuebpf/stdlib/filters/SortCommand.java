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
/**
 * {@code sort}: sorts a list (stable), or a record by its keys (or values with --values). --reverse
 * reverses the stable result, so equal items come out in reverse input order, as in nu.
 */
public final class SortCommand implements Command {
    private final Signature sig = Signature.build("sort", Category.FILTERS)
            .description("Sort the input in increasing order.")
            .switchFlag("reverse", "Sort in reverse order.", 'r')
            .switchFlag("ignore-case", "Sort string-based data case-insensitively.", 'i')
            .switchFlag("values", "If input is a single record, sort the record by values; ignored if input is not a single record.", 'v')
            .switchFlag("natural", "Sort alphanumeric string-based values naturally (1, 9, 10, 99, 100, ...).", 'n')
            .io("list<any>", "list<any>").io("record", "record")
            .searchTerms("order");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Sort numbers", "[2 0 1] | sort", ints(0, 1, 2)),
                Example.of("Sort in reverse", "[2 0 1] | sort --reverse", ints(2, 1, 0)),
                Example.of("Uppercase sorts before lowercase", "[b A a B] | sort", strs("A", "B", "a", "b")),
                Example.of("Ignore case (the sort is stable)", "[b A a B] | sort --ignore-case", strs("A", "a", "b", "B")),
                Example.of("Natural order for numbers in strings", "['10' '9' '1'] | sort --natural", strs("1", "9", "10")),
                Example.of("Sort a record by its keys", "{b: 1, a: 2} | sort", rec("a", i(2), "b", i(1))),
                Example.of("Sort a record by its values", "{x: 3, y: 1} | sort --values", rec("y", i(1), "x", i(3))),
                Example.of("Mixed types sort by type first", "[1 a true] | sort", list(b(true), i(1), s("a"))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        java.util.Comparator<Value> cmp = dev.nuebpf.stdlib.common.Sorting.comparator(call.has("ignore-case"), call.has("natural"));
        boolean rev = call.has("reverse");
        if (input instanceof PipelineData.Single s && s.value() instanceof Record r) {
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < r.size(); k++) order.add(k);
            boolean byValues = call.has("values");
            java.util.Comparator<Integer> c = (x, y) -> byValues ? cmp.compare(r.values().get(x), r.values().get(y))
                    : cmp.compare(Value.of(r.keys().get(x)), Value.of(r.keys().get(y)));
            order.sort(c);
            if (rev) java.util.Collections.reverse(order);
            Record.Builder b = Record.builder();
            for (int k : order) b.put(r.keys().get(k), r.values().get(k));
            return PipelineData.of(b.build());
        }
        List<Value> rows = Inputs.listRows(call, input, "list or record");
        rows.sort(cmp);
        if (rev) java.util.Collections.reverse(rows);
        return Inputs.list(rows);
    }
}
