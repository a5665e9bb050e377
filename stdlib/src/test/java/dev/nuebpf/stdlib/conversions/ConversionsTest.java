package dev.nuebpf.stdlib.conversions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.diag.Span;
import dev.nuebpf.stdlib.testing.FakeCall;
import org.junit.jupiter.api.Test;

/** Expected NUON texts come from nu 0.115.1. */
class ConversionsTest {
    private static Value nuon(String s) { return Nuon.parse(s, Span.UNKNOWN); }
    private static String run(FakeCall c, String inputNuon) { return Nuon.write(c.run(nuon(inputNuon))); }

    @Test void intoInt() {
        assertEquals("[[num]; [-5], [4], [1]]", run(new FakeCall(new IntoIntCommand()).rest(Value.of("num")), "[[num]; [\"-5\"], [4], [1.5]]"));
        assertEquals("16", run(new FakeCall(new IntoIntCommand()), "\"0x10\""));
        assertEquals("4186", run(new FakeCall(new IntoIntCommand()), "\"0o10132\""));
        assertEquals("10132", run(new FakeCall(new IntoIntCommand()), "\"0010132\""));
        assertEquals("4186", run(new FakeCall(new IntoIntCommand()).flag("radix", Value.of(8L)), "\"0010132\""));
        assertEquals("-255", run(new FakeCall(new IntoIntCommand()).flag("radix", Value.of(16L)), "\"-ff\""));
        assertEquals("1000", run(new FakeCall(new IntoIntCommand()), "\"1e3\""));
        assertEquals("12", run(new FakeCall(new IntoIntCommand()), "\"1,2\""));
        assertEquals("9223372036854775807", run(new FakeCall(new IntoIntCommand()), "1e19"));
        assertEquals("1577836800000000000", run(new FakeCall(new IntoIntCommand()), "2020-01-01"));
        assertEquals("-96", run(new FakeCall(new IntoIntCommand()).sw("signed"), "0x[a0]"));
        assertEquals("72057594037927936", run(new FakeCall(new IntoIntCommand()).flag("endian", Value.of("big")), "0x[01 00 00 00 00 00 00 00]"));
        assertEquals("-72057594037927936", run(new FakeCall(new IntoIntCommand()).flag("endian", Value.of("little")).sw("signed"), "0x[00 00 00 00 00 00 00 ff]"));
        ShellException e = assertThrows(ShellException.class, () -> run(new FakeCall(new IntoIntCommand()), "\"abc\""));
        assertEquals("nu::shell::cant_convert", e.diagnostic().code());
        assertThrows(ShellException.class, () -> run(new FakeCall(new IntoIntCommand()), "\"1_000\""));
        assertThrows(ShellException.class, () -> run(new FakeCall(new IntoIntCommand()), "{a: \"1\"}"));
        assertEquals("{a: 1}", run(new FakeCall(new IntoIntCommand()).rest(Value.of("a")), "{a: \"1\"}"));
    }

    @Test void intoFloatBoolString() {
        assertEquals("[4.0, -5.9]", run(new FakeCall(new IntoFloatCommand()), "[4, -5.9]"));
        assertEquals("inf", run(new FakeCall(new IntoFloatCommand()), "\"inf\""));
        assertEquals("[[value]; [false], [true], [false], [true], [true]]",
                run(new FakeCall(new IntoBoolCommand()).rest(Value.of("value")), "[[value]; [\"false\"], [\"1\"], [0], [1.0], [true]]"));
        assertEquals("false", run(new FakeCall(new IntoBoolCommand()), "\"0.0\""));
        assertEquals("false", run(new FakeCall(new IntoBoolCommand()).sw("relaxed"), "null"));
        assertEquals("true", run(new FakeCall(new IntoBoolCommand()).sw("relaxed"), "something"));
        assertEquals("\"5.000\"", run(new FakeCall(new IntoStringCommand()).flag("decimals", Value.of(3L)), "5"));
        assertEquals("\"2\"", run(new FakeCall(new IntoStringCommand()).flag("decimals", Value.of(0L)), "2.5"));
        assertEquals("\"1.4\"", run(new FakeCall(new IntoStringCommand()).flag("decimals", Value.of(1L)), "1.35"));
        assertEquals("[[name, weight]; [foo, \"32.38\"], [bar, \"15.20\"]]",
                run(new FakeCall(new IntoStringCommand()).rest(Value.of("weight")).flag("decimals", Value.of(2L)),
                        "[[name, weight]; [foo, 32.377], [bar, 15.2]]"));
    }

    @Test void intoStringUsesDisplayForms() {
        assertEquals("\"1.0 kB\"", run(new FakeCall(new IntoStringCommand()), "1000b"));
        assertEquals("\"1wk 2day\"", run(new FakeCall(new IntoStringCommand()), "777600000000000ns"));
        assertEquals("\"1min 4sec 200ms\"", run(new FakeCall(new IntoStringCommand()), "64200000000ns"));
        assertEquals("\"1\"", run(new FakeCall(new IntoStringCommand()), "1.0"));
        assertEquals("[\"100000000000000000000000\", \"0.30000000000000004\", \"-1.5\"]",
                run(new FakeCall(new IntoStringCommand()), "[1e23, 0.30000000000000004, -1.5]"));
        assertEquals("\"$.name\"", run(new FakeCall(new IntoStringCommand()), "$.name"));
        assertEquals("\"Sat Oct 10 10:00:00 2020\"", run(new FakeCall(new IntoStringCommand()), "2020-10-10T10:00:00+02:00"));
        assertEquals("[\"1\", \"2\", \"3\"]", run(new FakeCall(new IntoStringCommand()), "1..3"));
    }

    @Test void durationsAndFilesizes() {
        assertEquals("93784000000000ns", run(new FakeCall(new IntoDurationCommand()), "\"1day 2hr 3min 4sec\""));
        assertEquals("9931200000000ns", run(new FakeCall(new IntoDurationCommand()), "\"2:45:31.2\""));
        assertEquals("78797877879ns", run(new FakeCall(new IntoDurationCommand()), "\"78.797877879789789sec\""));
        assertEquals("1234000000ns", run(new FakeCall(new IntoDurationCommand()).flag("unit", Value.of("sec")), "1.234"));
        assertEquals("871610000000000ns", run(new FakeCall(new IntoDurationCommand()), "{day: 10, hour: 2, minute: 6, second: 50, sign: \"+\"}"));
        assertEquals("0ns", run(new FakeCall(new IntoDurationCommand()), "{}"));
        assertEquals("-1000b", run(new FakeCall(new IntoFilesizeCommand()), "\"-1KB\""));
        assertEquals("1000b", run(new FakeCall(new IntoFilesizeCommand()), "\"+1kB\""));
        assertEquals("1500b", run(new FakeCall(new IntoFilesizeCommand()), "\"1.5 kb\""));
        assertEquals("8b", run(new FakeCall(new IntoFilesizeCommand()), "8.3"));
        assertEquals("1000b", run(new FakeCall(new IntoFilesizeCommand()), "\"1,000\""));
        assertThrows(ShellException.class, () -> run(new FakeCall(new IntoFilesizeCommand()), "\"1.5\""));
        assertEquals("86400000000000ns", run(new FakeCall(new IntoDurationCommand()).flag("unit", Value.of("day")), "\"1\""));
        assertEquals("{week: 71, day: 3, hour: 4, second: 5, sign: -}", run(new FakeCall(new IntoRecordCommand()), "-43214405000000000ns"));
        assertEquals("\"1.50 sec\"", run(new FakeCall(new FormatDurationCommand()).pos(Value.of("sec")), "1500000000ns"));
        assertEquals("[\"1000000 µs\", \"2000000 µs\"]", run(new FakeCall(new FormatDurationCommand()).pos(Value.of("µs")), "[1sec, 2sec]"));
        assertEquals("\"4000 MB\"", run(new FakeCall(new FormatFilesizeCommand()).pos(Value.of("MB")), "4GB"));
    }

    @Test void datetimes() {
        assertEquals("2021-02-27T13:55:00+00:00", run(new FakeCall(new IntoDatetimeCommand()), "\"27.02.2021 1:55 pm +0000\""));
        assertEquals("2021-02-27T13:55:40.224600+00:00", run(new FakeCall(new IntoDatetimeCommand()), "\"2021-02-27T13:55:40.2246+00:00\""));
        assertEquals("2021-02-27T13:55:40+00:00", run(new FakeCall(new IntoDatetimeCommand()).flag("format", Value.of("%Y%m%d_%H%M%S%z")), "\"20210227_135540+0000\""));
        assertEquals("2021-02-27T08:55:40.123456789-05:00", run(new FakeCall(new IntoDatetimeCommand()).flag("offset", Value.of(-5L)), "1614434140123456789"));
        assertEquals("2021-02-27T13:55:40+00:00", run(new FakeCall(new IntoDatetimeCommand()).flag("format", Value.of("%s")), "1614434140"));
        assertEquals("2025-03-30T12:15:59+02:00", run(new FakeCall(new IntoDatetimeCommand()),
                "{year: 2025, month: 3, day: 30, hour: 12, minute: 15, second: 59, timezone: \"+02:00\"}"));
        assertEquals("[2023-03-30T10:10:07-05:00, 2023-05-05T13:43:49-05:00]", run(new FakeCall(new IntoDatetimeCommand()),
                "[\"2023-03-30 10:10:07 -05:00\", \"2023-05-05 13:43:49 -05:00\"]"));
        assertEquals("\"20211022_000000\"", run(new FakeCall(new FormatDateCommand()).pos(Value.of("%J_%Q")),
                Nuon.write(new FakeCall(new IntoDatetimeCommand()).flag("format", Value.of("%J")).run(Value.of("20211022")))));
        assertEquals("\"Fri, 22 Oct 2021 20:00:12 +0100\"", run(new FakeCall(new FormatDateCommand()), "\"2021-10-22 20:00:12 +01:00\""));
        assertEquals("\"2021-10-22T20:00:12+01:00\"", run(new FakeCall(new FormatDateCommand()).pos(Value.of("%+")), "2021-10-22T20:00:12+01:00"));
        assertEquals("{year: 2023, month: 1, day: 2, hour: 3, minute: 4, second: 5, millisecond: 6, microsecond: 7, nanosecond: 8, timezone: \"+01:00\"}",
                run(new FakeCall(new IntoRecordCommand()), Nuon.write(new FakeCall(new IntoDatetimeCommand()).run(nuon(
                        "{year: 2023, month: 1, day: 2, hour: 3, minute: 4, second: 5, millisecond: 6, microsecond: 7, nanosecond: 8, timezone: \"+01:00\"}")))));
    }

    @Test void datetimeGuessBeforeTimestamp() {
        Value d = new FakeCall(new IntoDatetimeCommand()).rest(Value.of("d")).run(Nuon.parse("{d: \"2021\"}", Span.UNKNOWN));
        assertEquals(Value.of(2021L), ((dev.nuebpf.runtime.Record) new FakeCall(new IntoRecordCommand()).run(((dev.nuebpf.runtime.Record) d).get("d"))).get("year"));
        assertEquals("1970-01-01T00:00:01.614434140+00:00", run(new FakeCall(new IntoDatetimeCommand()), "\"1614434140\""));
        assertEquals(55, ((Value.ListV) new FakeCall(new IntoDatetimeCommand()).sw("list").run(null)).items().size());
    }

    @Test void overflowsAreShellErrors() {
        ShellException e = assertThrows(ShellException.class, () -> run(new FakeCall(new IntoDurationCommand()).flag("unit", Value.of("wk")), "9223372036854775807"));
        assertEquals("nu::shell::cant_convert", e.diagnostic().code());
        assertThrows(ShellException.class, () -> run(new FakeCall(new IntoDatetimeCommand()).flag("format", Value.of("%H:%M")), "\"25:00\""));
        assertThrows(ShellException.class, () -> run(new FakeCall(new IntoDurationCommand()), "\"99999999999999999999:00:00\""));
    }

    @Test void binaryRecordCellPath() {
        assertEquals("0x[0000000000000102]", run(new FakeCall(new IntoBinaryCommand()).flag("endian", Value.of("big")), "258"));
        assertEquals("0x[5839B4C876BEF33F]", run(new FakeCall(new IntoBinaryCommand()), "1.234"));
        assertEquals("0x[0A]", run(new FakeCall(new IntoBinaryCommand()).sw("compact"), "10"));
        assertEquals("0x[00CA9A3B00000000]", run(new FakeCall(new IntoBinaryCommand()), "1sec"));
        assertEquals("{foo: bar, baz: quux}", run(new FakeCall(new IntoRecordCommand()), "[[foo, bar], [baz, quux]]"));
        assertEquals("{a: 3, b: 4}", run(new FakeCall(new IntoRecordCommand()), "[[a, b]; [1, 2], [3, 4]]"));
        assertEquals("$.5?.c.d!", run(new FakeCall(new IntoCellPathCommand()),
                "[[value, optional, insensitive]; [5, true, false], [c, false, false], [d, false, true]]"));
        assertEquals("$.", run(new FakeCall(new IntoCellPathCommand()), "[]"));
    }

    @Test void everyCommandHasSignatureAndExamples() {
        for (var c : new ConversionCommands().commands()) {
            assertEquals(false, c.signature().description().isEmpty(), c.name());
            assertEquals(false, c.examples().isEmpty(), c.name());
            assertEquals(false, c.signature().ioTypes().isEmpty(), c.name());
        }
    }
}
