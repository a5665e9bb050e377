package dev.nuebpf.ebpf.helpers;

/**
 * The one definition of bpf-histogram's buckets, used by the interpreter, by the code generator (which emits the
 * same computation as instructions, see {@code HistogramHelper}) and by the labels of {@code ebpf histogram}.
 * Values are read as unsigned 64-bit: bucket 0 holds 0, bucket b (1..63) holds [2^(b-1), 2^b); values of 2^62
 * and above (and negative values) all land in bucket 63, the last one.
 */
public final class Log2Histogram {
    public static final int BUCKETS = 64;

    private Log2Histogram() {}

    public static int bucket(long value) {
        int b = 64 - Long.numberOfLeadingZeros(value); // 0 for 0, 1 for 1, 2 for 2..3, ...
        return Math.min(b, BUCKETS - 1);
    }

    /** Smallest value in the bucket (unsigned). */
    public static long lowerBound(int bucket) { return bucket == 0 ? 0 : 1L << (bucket - 1); }

    /** One past the largest value in the bucket, or -1 meaning "no upper bound" for the last bucket. */
    public static long upperBound(int bucket) { return bucket == 0 ? 1 : bucket >= BUCKETS - 1 ? -1 : 1L << bucket; }

    /** The range column: {@code 512 - 1K} or, with {@code ns}, {@code 512ns - 1us}; the last bucket reads {@code 4E - ∞}. */
    public static String rangeLabel(int bucket, boolean ns) {
        long lo = lowerBound(bucket), hi = upperBound(bucket);
        return (ns ? nanos(lo) : count(lo)) + " - " + (hi < 0 ? "inf" : ns ? nanos(hi) : count(hi));
    }

    /** Power-of-two counts with binary suffixes: 1, 512, 1K, 2M, 4G... */
    static String count(long v) {
        String[] units = {"", "K", "M", "G", "T", "P", "E"};
        int u = 0;
        while (v >= 1024 && v % 1024 == 0 && u < units.length - 1) { v /= 1024; u++; }
        return v + units[u];
    }

    /** Nanoseconds in the largest decimal unit that divides... approximately, as the original README prints: 512ns, 1us, 2ms. */
    static String nanos(long v) {
        // Bucket bounds are powers of two, so 1024ns reads as 1us like the original (a binary "micro"); keep that.
        String[] units = {"ns", "us", "ms", "s"};
        int u = 0;
        while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }
        return v + units[u];
    }
}
