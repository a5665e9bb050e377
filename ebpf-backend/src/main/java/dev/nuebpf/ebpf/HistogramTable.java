package dev.nuebpf.ebpf;

import dev.nuebpf.ebpf.helpers.Log2Histogram;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of {@code ebpf histogram}: bucket, range, count, bar — from the first to the last non-empty bucket
 * (empty buckets between them stay, so gaps are visible). The bar is '#' scaled so the largest count is 40 wide;
 * a non-zero count always gets at least one '#'.
 */
public final class HistogramTable {
    private HistogramTable() {}

    public static final int BAR_WIDTH = 40;

    public static List<Value> rows(long[] counts, boolean ns) {
        int first = -1, last = -1;
        long max = 0;
        for (int b = 0; b < counts.length; b++) {
            if (counts[b] == 0) continue;
            if (first < 0) first = b;
            last = b;
            max = Math.max(max, counts[b]);
        }
        List<Value> rows = new ArrayList<>();
        if (first < 0) return rows;
        for (int b = first; b <= last; b++) {
            rows.add(Record.builder()
                    .put("bucket", Value.of(b))
                    .put("range", Value.of(Log2Histogram.rangeLabel(b, ns)))
                    .put("count", Value.of(counts[b]))
                    .put("bar", Value.of(bar(counts[b], max)))
                    .build());
        }
        return rows;
    }

    static String bar(long count, long max) {
        if (count <= 0 || max <= 0) return "";
        int n = (int) Math.max(1, count * BAR_WIDTH / max);
        return "#".repeat(n);
    }
}
