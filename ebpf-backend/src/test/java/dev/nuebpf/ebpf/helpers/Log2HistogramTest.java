package dev.nuebpf.ebpf.helpers;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class Log2HistogramTest {
    @Test void bucketsAreLog2WithZeroAlone() {
        assertEquals(0, Log2Histogram.bucket(0));
        assertEquals(1, Log2Histogram.bucket(1));
        assertEquals(2, Log2Histogram.bucket(2));
        assertEquals(2, Log2Histogram.bucket(3));
        assertEquals(10, Log2Histogram.bucket(512));
        assertEquals(10, Log2Histogram.bucket(1023));
        assertEquals(11, Log2Histogram.bucket(1024));
        assertEquals(63, Log2Histogram.bucket(1L << 62));
        assertEquals(63, Log2Histogram.bucket(Long.MAX_VALUE));
        assertEquals(63, Log2Histogram.bucket(-1), "negative values read as unsigned: the last bucket");
    }

    @Test void everyValueLiesWithinItsBucketsBounds() {
        for (int b = 1; b < 63; b++) {
            long lo = Log2Histogram.lowerBound(b), hi = Log2Histogram.upperBound(b);
            assertEquals(b, Log2Histogram.bucket(lo));
            assertEquals(b, Log2Histogram.bucket(hi - 1));
            assertEquals(b + 1, Log2Histogram.bucket(hi));
        }
    }

    @Test void labelsMatchTheOriginalReadme() {
        assertEquals("512ns - 1us", Log2Histogram.rangeLabel(10, true));
        assertEquals("1us - 2us", Log2Histogram.rangeLabel(11, true));
        assertEquals("8us - 16us", Log2Histogram.rangeLabel(14, true));
        assertEquals("0 - 1", Log2Histogram.rangeLabel(0, false));
        assertEquals("512 - 1K", Log2Histogram.rangeLabel(10, false));
        assertEquals("4E - inf", Log2Histogram.rangeLabel(63, false));
    }
}
