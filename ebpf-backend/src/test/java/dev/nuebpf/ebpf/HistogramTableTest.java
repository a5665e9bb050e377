package dev.nuebpf.ebpf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistogramTableTest {
    @Test void readmeExample() {
        long[] c = new long[64];
        c[10] = 127;
        c[11] = 584;
        c[12] = 312;
        c[13] = 89;
        c[14] = 23;
        List<Value> rows = HistogramTable.rows(c, true);
        assertEquals(5, rows.size());
        Record r0 = (Record) rows.get(0), r1 = (Record) rows.get(1), r4 = (Record) rows.get(4);
        assertEquals(List.of("bucket", "range", "count", "bar"), r0.keys());
        assertEquals(Value.of(10), r0.get("bucket"));
        assertEquals(Value.of("512ns - 1us"), r0.get("range"));
        assertEquals(Value.of(127), r0.get("count"));
        assertEquals(Value.of("########"), r0.get("bar"));
        assertEquals(Value.of("1us - 2us"), r1.get("range"));
        assertEquals(Value.of("#".repeat(40)), r1.get("bar"));
        assertEquals(Value.of("8us - 16us"), r4.get("range"));
        assertEquals(Value.of("#"), r4.get("bar"));
    }

    @Test void gapsStayAndEmptyIsEmpty() {
        long[] c = new long[64];
        assertEquals(List.of(), HistogramTable.rows(c, false));
        c[0] = 1;
        c[3] = 4;
        List<Value> rows = HistogramTable.rows(c, false);
        assertEquals(4, rows.size());
        assertEquals(Value.of("0 - 1"), ((Record) rows.get(0)).get("range"));
        assertEquals(Value.of(""), ((Record) rows.get(1)).get("bar"));
        assertEquals(Value.of("4 - 8"), ((Record) rows.get(3)).get("range"));
    }
}
