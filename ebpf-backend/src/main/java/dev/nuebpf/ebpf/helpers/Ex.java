package dev.nuebpf.ebpf.helpers;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.List;

/** Builders for expected values of {@code ebpf simulate} examples. */
final class Ex {
    private Ex() {}

    static Value result(List<Value> events, List<Value> counters, List<Value> histogram) {
        return Record.builder().put("events", new Value.ListV(events)).put("counters", new Value.ListV(counters))
                .put("histogram", new Value.ListV(histogram)).build();
    }

    static Value events(Value... values) {
        List<Value> ev = new ArrayList<>();
        for (Value v : values) ev.add(v instanceof Record ? v : Record.of("value", v));
        return result(ev, List.of(), List.of());
    }

    static Value counter(Value key, long count) { return Record.of("key", key, "count", Value.of(count)); }

    static Value bucket(int b, long count) {
        return Record.builder().put("bucket", Value.of(b)).put("range", Value.of(Log2Histogram.rangeLabel(b, false)))
                .put("count", Value.of(count)).build();
    }
}
