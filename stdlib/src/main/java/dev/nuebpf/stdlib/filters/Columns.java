package dev.nuebpf.stdlib.filters;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.List;

/** The columns of a table: every key of every record row, in order of first appearance. */
final class Columns {
    private Columns() {}

    static List<String> of(List<Value> rows) {
        List<String> out = new ArrayList<>();
        for (Value v : rows)
            if (v instanceof Record r) for (String k : r.keys()) if (!out.contains(k)) out.add(k);
        return out;
    }
}
