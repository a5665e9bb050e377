package dev.nuebpf.stdlib.filters;

import dev.nuebpf.command.Call;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The counting behind uniq and uniq-by: groups rows by a key, then applies --count/--repeated/--unique. */
final class Uniques {
    private Uniques() {}

    /**
     * A hashable key: records with their keys sorted (field order does not make records different);
     * with ignoreCase strings (also inside lists and records) are lower-cased.
     */
    static Value fold(Value v, boolean ignoreCase) {
        if (v instanceof Value.Str s) return ignoreCase ? new Value.Str(s.value().toLowerCase()) : v;
        if (v instanceof Value.ListV l) return new Value.ListV(l.items().stream().map(x -> fold(x, ignoreCase)).toList());
        if (v instanceof Record r) {
            List<String> keys = new ArrayList<>(r.keys());
            java.util.Collections.sort(keys);
            Record.Builder b = Record.builder();
            for (String k : keys) b.put(k, fold(r.get(k), ignoreCase));
            return b.build();
        }
        return v;
    }

    static Value run(Call call, List<Value> rows, Function<Value, Value> key, boolean keepLast) {
        Map<Value, Value> first = new LinkedHashMap<>();
        Map<Value, Integer> counts = new LinkedHashMap<>();
        for (Value row : rows) {
            Value k = key.apply(row);
            if (!first.containsKey(k) || keepLast) first.put(k, row);
            counts.merge(k, 1, Integer::sum);
        }
        boolean repeated = call.has("repeated"), unique = call.has("unique"), count = call.has("count");
        List<Value> out = new ArrayList<>();
        for (var e : first.entrySet()) {
            int n = counts.get(e.getKey());
            if (repeated && n < 2) continue;
            if (unique && n != 1) continue;
            out.add(count ? Record.of("value", e.getValue(), "count", Value.Int.of(n)) : e.getValue());
        }
        return new Value.ListV(out);
    }
}
