package dev.nuebpf.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected texts were printed by nu 0.115.1 for the same values. */
class ValueDisplayTest {
    private static final long SEC = 1_000_000_000L;

    @Test void durations() {
        assertEquals("1sec 500ms", ValueDisplay.duration(1_500_000_000L));
        assertEquals("1hr 30min", ValueDisplay.duration(90 * 60 * SEC));
        assertEquals("-1hr 30min", ValueDisplay.duration(-90 * 60 * SEC));
        assertEquals("0sec", ValueDisplay.duration(0));
        assertEquals("57wk 1day", ValueDisplay.duration(400L * 86400 * SEC));
        assertEquals("1µs 1ns", ValueDisplay.duration(1001));
        assertEquals("333ms 333µs 333ns", ValueDisplay.duration(SEC / 3));
        assertEquals("1day 3hr 5ms 3ns", ValueDisplay.duration(86400 * SEC + 3 * 3600 * SEC + 5_000_003L));
    }

    @Test void filesizes() {
        assertEquals("1.0 kB", ValueDisplay.filesize(1024));
        assertEquals("1.9 kB", ValueDisplay.filesize(1999));
        assertEquals("999 B", ValueDisplay.filesize(999));
        assertEquals("0 B", ValueDisplay.filesize(0));
        assertEquals("999.9 MB", ValueDisplay.filesize(999_999_999L));
        assertEquals("-1.9 kB", ValueDisplay.filesize(-1999));
        assertEquals("12.3 GB", ValueDisplay.filesize(12_345_678_999L));
        assertEquals("9.0 EB", ValueDisplay.filesize(9_000_000_000_000_000_000L));
    }

    @Test void floats() {
        assertEquals("1.0", ValueDisplay.floatText(1.0));
        assertEquals("0.30000000000000004", ValueDisplay.floatText(0.1 + 0.2));
        assertEquals("100000000000000000000.0", ValueDisplay.floatText(1e20));
        assertEquals("0.0000001", ValueDisplay.floatText(1e-7));
        assertEquals("123456789012345680.0", ValueDisplay.floatText(123456789012345678.0));
        assertEquals("-0.0", ValueDisplay.floatText(-0.0));
        assertEquals("NaN", ValueDisplay.floatText(Double.NaN));
        assertEquals("-inf", ValueDisplay.floatText(Double.NEGATIVE_INFINITY));
        assertEquals("1", ValueDisplay.intoString(Value.of(1.0)));
    }

    @Test void interpolationForms() {
        Value v = new Value.ListV(List.of(new Value.ListV(List.of(Value.of(1L), Value.of(2L))),
                Record.of("a", new Value.ListV(List.of(Value.of(1L)))), Value.of("b c"), Value.NOTHING, Value.of(1.0),
                new Value.Filesize(1024), new Value.Duration(SEC), Value.of(true)));
        assertEquals("[[1, 2], {a: [1]}, b c, , 1.0, 1.0 kB, 1sec, true]", ValueDisplay.toText(v));
        assertEquals("[1, 255]", ValueDisplay.toText(new Value.Binary(new byte[] {1, (byte) 0xff})));
        assertEquals("1..3", ValueDisplay.toText(new Value.RangeV(Value.of(1L), null, Value.of(3L), true)));
        assertEquals("1..<3", ValueDisplay.toText(new Value.RangeV(Value.of(1L), null, Value.of(3L), false)));
        assertEquals("5..4..1", ValueDisplay.toText(new Value.RangeV(Value.of(5L), null, Value.of(1L), true)));
        assertEquals("1..9", ValueDisplay.toText(new Value.RangeV(Value.of(1L), Value.of(1L), Value.of(9L), true)));
    }

    @Test void dates() {
        ZonedDateTime d = ZonedDateTime.of(2024, 1, 1, 10, 0, 0, 123_000_000, ZoneOffset.ofHours(2));
        ZonedDateTime now = d.plusYears(2).plusDays(30);
        assertEquals("Mon, 1 Jan 2024 10:00:00 +0200 (2 years ago)", ValueDisplay.toText(new Value.Date(d), now));
        assertEquals("Mon Jan  1 10:00:00 2024", ValueDisplay.intoString(new Value.Date(d)));
        assertEquals("now", ValueDisplay.humanize(d, d.plusSeconds(10)));
        assertEquals("11 seconds ago", ValueDisplay.humanize(d, d.plusSeconds(11)));
        assertEquals("a minute ago", ValueDisplay.humanize(d, d.plusSeconds(90)));
        assertEquals("2 weeks ago", ValueDisplay.humanize(d, d.plusDays(13)));
        assertEquals("a week ago", ValueDisplay.humanize(d, d.plusDays(10)));
        assertEquals("2 months ago", ValueDisplay.humanize(d, d.plusDays(46)));
        assertEquals("a year ago", ValueDisplay.humanize(d, d.plusDays(547)));
        assertEquals("in 2 days", ValueDisplay.humanize(d.plusDays(2).plusMinutes(1), d));
        assertEquals("in an hour", ValueDisplay.humanize(d.plusHours(1).plusMinutes(1), d));
    }
}
