package dev.nuebpf.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.PathMember;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected texts were printed by nu 0.115.1 ({@code ... | to nuon}). */
class NuonTest {
    private static Value s(String x) { return Value.of(x); }
    private static Value i(long x) { return Value.of(x); }
    private static Value list(Value... v) { return new Value.ListV(List.of(v)); }
    private static Record rec(Object... kv) {
        Record.Builder b = Record.builder();
        for (int k = 0; k < kv.length; k += 2) b.put((String) kv[k], (Value) kv[k + 1]);
        return b.build();
    }

    @Test void scalars() {
        assertEquals("-5", Nuon.write(i(-5)));
        assertEquals("1.0", Nuon.write(Value.of(1.0)));
        assertEquals("-0.0", Nuon.write(Value.of(-0.0)));
        assertEquals("0.30000000000000004", Nuon.write(Value.of(0.1 + 0.2)));
        assertEquals("100000000000000000000.0", Nuon.write(Value.of(1e20)));
        assertEquals("99999999999999991611392.0", Nuon.write(Value.of(1e23)));
        assertEquals("0.0000001", Nuon.write(Value.of(1e-7)));
        assertEquals("0.0000123", Nuon.write(Value.of(1.23e-5)));
        assertEquals("inf", Nuon.write(Value.of(Double.POSITIVE_INFINITY)));
        assertEquals("-inf", Nuon.write(Value.of(Double.NEGATIVE_INFINITY)));
        assertEquals("NaN", Nuon.write(Value.of(Double.NaN)));
        assertEquals("null", Nuon.write(Value.NOTHING));
        assertEquals("true", Nuon.write(Value.of(true)));
        assertEquals("1000000ns", Nuon.write(new Value.Duration(1_000_000)));
        assertEquals("-1000b", Nuon.write(new Value.Filesize(-1000)));
        assertEquals("0x[ABCD]", Nuon.write(new Value.Binary(new byte[] {(byte) 0xab, (byte) 0xcd})));
        assertEquals("0x[]", Nuon.write(new Value.Binary(new byte[0])));
    }

    @Test void strings() {
        assertEquals("\"abc\"", Nuon.write(s("abc")));
        assertEquals("[abc, \"a b\", \"1\", \"true\", -a, \"a.b\", a/b, \"a1\", \"\", a\\b, \"a\\\"b\", é, ~/a]",
                Nuon.write(list(s("abc"), s("a b"), s("1"), s("true"), s("-a"), s("a.b"), s("a/b"), s("a1"), s(""),
                        s("a\\b"), s("a\"b"), s("é"), s("~/a"))));
        assertEquals("[\"a\nb\"]", Nuon.write(list(s("a\nb"))));
        assertEquals("[\"Infinity\", \"INF\", \"+nan\", \"-Inf\", NaNa]", Nuon.write(list(s("Infinity"), s("INF"), s("+nan"), s("-Inf"), s("NaNa"))));
        assertEquals("{\"a b\": 1, c: \"x y\", \"1\": 2, \"\": 3}",
                Nuon.write(rec("a b", i(1), "c", s("x y"), "1", i(2), "", i(3))));
    }

    @Test void listsRecordsTables() {
        assertEquals("[]", Nuon.write(list()));
        assertEquals("{}", Nuon.write(Record.EMPTY));
        assertEquals("[{}, {}]", Nuon.write(list(Record.EMPTY, Record.EMPTY)));
        assertEquals("[[a, b]; [1, 2], [3, 4]]", Nuon.write(list(rec("a", i(1), "b", i(2)), rec("a", i(3), "b", i(4)))));
        assertEquals("[{a: 1, b: 2}, {b: 3, a: 4}]", Nuon.write(list(rec("a", i(1), "b", i(2)), rec("b", i(3), "a", i(4)))));
        assertEquals("[{a: 1}, 2]", Nuon.write(list(rec("a", i(1)), i(2))));
    }

    @Test void options() {
        Value table = list(rec("a", i(1), "b", i(2)), rec("a", i(3), "b", i(4)));
        assertEquals("[\n  [a, b];\n  [1, 2],\n  [3, 4]\n]", Nuon.write(table, opts("  ", false, false, false), Span.UNKNOWN));
        assertEquals("[\n\t[a, b];\n\t[1, 2],\n\t[3, 4]\n]", Nuon.write(table, opts("\t", false, false, false), Span.UNKNOWN));
        assertEquals("[[a,b];[1,2],[3,4]]", Nuon.write(table, opts(null, true, false, false), Span.UNKNOWN));
        assertEquals("[[a,b];[1,2],[3,4]]", Nuon.write(table, opts("  ", true, false, false), Span.UNKNOWN));
        assertEquals("[[a b]; [1 2] [3 4]]", Nuon.write(table, opts(null, false, true, false), Span.UNKNOWN));
        Value people = list(rec("name", s("Alice"), "age", i(30)), rec("name", s("Bob"), "age", i(25)));
        assertEquals("[\n  [name,  age];\n  [Alice, 30],\n  [Bob,   25]\n]", Nuon.write(people, opts(null, false, false, true), Span.UNKNOWN));
        Value nested = rec("date", new Value.Date(ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)),
                "data", list(i(1), list(i(2), i(3)), Value.of(4.56)));
        assertEquals("{\n  date: 2000-01-01T00:00:00+00:00,\n  data: [\n    1,\n    [\n      2,\n      3\n    ],\n    4.56\n  ]\n}",
                Nuon.write(nested, opts("  ", false, false, false), Span.UNKNOWN));
        assertEquals("{date:2000-01-01T00:00:00+00:00,data:[1,[2,3],4.56]}", Nuon.write(nested, opts(null, true, false, false), Span.UNKNOWN));
        assertEquals("{\n  a: [\n\n  ],\n  b: {\n\n  }\n}", Nuon.write(rec("a", list(), "b", Record.EMPTY), opts("  ", false, false, false), Span.UNKNOWN));
        assertEquals("[\n  [a];\n  [[\n      1,\n      2\n    ]]\n]", Nuon.write(list(rec("a", list(i(1), i(2)))), opts("  ", false, false, false), Span.UNKNOWN));
        assertEquals("[\n  [a  b];\n  [1  2]\n  [3  4]\n]", Nuon.write(table, opts("  ", false, true, false), Span.UNKNOWN));
        assertEquals("[ab]", Nuon.write(list(s("a"), s("b")), opts(null, true, true, false), Span.UNKNOWN));
        assertEquals("[\"a\", \"b\"]", Nuon.write(list(new Value.Glob("a", true), new Value.Glob("b", true))));
        assertEquals("[1 2 3]", Nuon.write(list(i(1), i(2), i(3)), opts(null, false, true, false), Span.UNKNOWN));
        assertEquals("[{a: 1, b: 2}, {a: 3, b: 4}]", Nuon.write(table,
                new Nuon.Options(null, false, false, false, true, false, false), Span.UNKNOWN));
        assertEquals("[\n  {a: 1, b: 2},\n  {a: 3, b: 4}\n]", Nuon.write(table,
                new Nuon.Options("  ", false, false, false, true, false, false), Span.UNKNOWN));
        assertEquals("{\n  a: {\n    b: 1\n  },\n  c: [\n    {x: 1}\n  ]\n}", Nuon.write(rec("a", rec("b", i(1)), "c", list(rec("x", i(1)))),
                new Nuon.Options("  ", false, false, false, true, false, false), Span.UNKNOWN));
        assertEquals("r#'hello \"world\"'#", Nuon.write(s("hello \"world\""),
                new Nuon.Options(null, false, false, false, false, true, false), Span.UNKNOWN));
    }

    private static Nuon.Options opts(String indent, boolean raw, boolean noCommas, boolean pretty) {
        return new Nuon.Options(indent, raw, noCommas, pretty, false, false, false);
    }

    @Test void datesRangesCellPaths() {
        assertEquals("2020-01-01T10:00:00.500+02:00", Nuon.write(new Value.Date(ZonedDateTime.of(2020, 1, 1, 10, 0, 0, 500_000_000, ZoneOffset.ofHours(2)))));
        assertEquals("2021-02-27T13:55:40.224600+00:00", Nuon.write(new Value.Date(ZonedDateTime.of(2021, 2, 27, 13, 55, 40, 224_600_000, ZoneOffset.UTC))));
        assertEquals("2020-01-01T10:00:00.123456789-05:30", Nuon.write(new Value.Date(ZonedDateTime.of(2020, 1, 1, 10, 0, 0, 123456789, ZoneOffset.ofHoursMinutes(-5, -30)))));
        assertEquals("1..5", Nuon.write(new Value.RangeV(i(1), null, i(5), true)));
        assertEquals("1..<5", Nuon.write(new Value.RangeV(i(1), null, i(5), false)));
        assertEquals("5..4..1", Nuon.write(new Value.RangeV(i(5), null, i(1), true)));
        assertEquals("1..9", Nuon.write(new Value.RangeV(i(1), i(1), i(9), true)));
        assertEquals("1..3..9", Nuon.write(new Value.RangeV(i(1), i(2), i(9), true)));
        assertEquals("1..", Nuon.write(new Value.RangeV(i(1), null, null, true)));
        assertEquals("1.0..4.0..<42.0", Nuon.write(new Value.RangeV(Value.of(1.0), Value.of(3.0), Value.of(42.0), false)));
        assertEquals("$.a.0.\"b c\"?", Nuon.write(new Value.CellPathV(List.of(PathMember.column("a", false, Span.UNKNOWN),
                PathMember.index(0, false, Span.UNKNOWN), PathMember.column("b c", true, Span.UNKNOWN)))));
    }

    @Test void roundTrips() {
        for (String text : List.of("[1, 2, 3]", "{a: 1, b: [1, 2]}", "[[a, b, \"c d\"]; [1, 2, 3], [4, 5, 6]]", "1.0..4.0..<42.0",
                "0x[1FFF]", "2019-05-10T00:00:00+00:00", "1024b", "60000000000ns", "\"hello\\\"world\"", "-1", "false",
                "[\"\", la]", "$.a.0.\"b c\"?", "{a: 1b, b: 2000000000ns, c: 2020-01-01T00:00:00+00:00}", "[1..3, -3..-1, 5..4..1]",
                "NaN", "-inf", "[null, 1.5]")) {
            Value v = Nuon.parse(text, Span.UNKNOWN);
            String again = Nuon.write(v);
            assertEquals(text.startsWith("[\"\"") ? "[\"\", la]" : text, again, text);
        }
    }

    @Test void parsing() {
        assertEquals(rec("a", i(1), "b", list(i(1), i(2))), Nuon.parse("{a:1,b:[1,2]}", Span.UNKNOWN));
        assertEquals(list(s("a"), s("b"), s("c")), Nuon.parse("[a b, c]", Span.UNKNOWN));
        assertEquals(list(Value.of(1000.0), i(5), i(15), i(255), i(1000)), Nuon.parse("[1e3 0b101 0o17 0xff 1_000]", Span.UNKNOWN));
        assertEquals(list(s("foo.txt"), s("-x"), s("1.5.6"), s("a=b")), Nuon.parse("[foo.txt -x 1.5.6 a=b]", Span.UNKNOWN));
        assertEquals(new Value.Filesize(1000), Nuon.parse("1kb", Span.UNKNOWN));
        assertEquals(new Value.Duration(60_000_000_000L), Nuon.parse("1min", Span.UNKNOWN));
        assertEquals(Value.NOTHING, Nuon.parse("  ", Span.UNKNOWN));
        assertEquals(list(s("x\n"), s("A\t")), Nuon.parse("# c\n['x\n' \"\\u{41}\\t\"]", Span.UNKNOWN));
        assertEquals(list(s("file_separator"), s("\u001c")), Nuon.parse("[file_separator, \u001c]", Span.UNKNOWN));
        assertThrows(ShellException.class, () -> Nuon.parse("[1 2", Span.UNKNOWN));
        assertThrows(ShellException.class, () -> Nuon.parse("{a: 1, a: 2}", Span.UNKNOWN));
        assertThrows(ShellException.class, () -> Nuon.parse("$x", Span.UNKNOWN));
    }
}
