package dev.nuebpf.stdlib.conversions;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.date.Strftime;
import dev.nuebpf.syntax.SyntaxShape;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/** {@code into datetime}: strings (guessed or with --format), ints as nanoseconds since the epoch, records of parts. */
public final class IntoDatetimeCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("into datetime", Category.CONVERSIONS)
                .description("Convert text or timestamp into a datetime.")
                .named("timezone", SyntaxShape.STRING, "Specify timezone if the input is a Unix timestamp. Valid options: 'UTC' ('u') or 'LOCAL' ('l')", 'z')
                .named("offset", SyntaxShape.INT, "Specify timezone by offset from UTC if the input is a Unix timestamp, like '+8', '-4'", 'o')
                .named("format", SyntaxShape.STRING, "Specify expected format of INPUT string to parse to datetime. Use --list to see options", 'f')
                .switchFlag("list", "Show all possible variables for use in --format flag", 'l')
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, convert data at the given cell paths.")
                .io("int", "datetime").io("string", "datetime").io("list<string>", "list<datetime>").io("datetime", "datetime")
                .io("record", "record").io("table", "table")
                .searchTerms("convert", "timezone", "UTC");
    }

    private static Value date(int y, int mo, int d, int h, int mi, int s, int n, ZoneOffset off) {
        return new Value.Date(ZonedDateTime.of(y, mo, d, h, mi, s, n, off));
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Convert timestamp string to datetime with timezone offset", "'27.02.2021 1:55 pm +0000' | into datetime",
                        date(2021, 2, 27, 13, 55, 0, 0, ZoneOffset.UTC)),
                Example.of("Convert standard timestamp string to datetime with timezone offset", "'2021-02-27T13:55:40.2246+00:00' | into datetime",
                        date(2021, 2, 27, 13, 55, 40, 224_600_000, ZoneOffset.UTC)),
                Example.of("Convert non-standard timestamp string, with timezone offset, to datetime using a custom format",
                        "'20210227_135540+0000' | into datetime --format '%Y%m%d_%H%M%S%z'", date(2021, 2, 27, 13, 55, 40, 0, ZoneOffset.UTC)),
                Example.of("Convert nanosecond-precision unix timestamp to a datetime with offset from UTC",
                        "1614434140123456789 | into datetime --offset -5", date(2021, 2, 27, 8, 55, 40, 123_456_789, ZoneOffset.ofHours(-5))),
                Example.of("Convert standard (seconds) unix timestamp to a UTC datetime", "1614434140 | into datetime -f '%s'",
                        date(2021, 2, 27, 13, 55, 40, 0, ZoneOffset.UTC)),
                Example.of("Convert a record to a datetime", "{year: 2025, month: 3, day: 30, hour: 12, minute: 15, second: 59, timezone: '+02:00'} | into datetime",
                        date(2025, 3, 30, 12, 15, 59, 0, ZoneOffset.ofHours(2))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        if (call.has("list")) return PipelineData.of(StrftimeCheatsheet.table());
        String tz = call.stringFlag("timezone");
        Long offset = call.intFlag("offset");
        String format = call.stringFlag("format");
        ZoneId zone = ZoneId.systemDefault();
        if (tz != null) {
            switch (tz.toLowerCase()) {
                case "u", "utc" -> zone = ZoneOffset.UTC;
                case "l", "local" -> zone = ZoneId.systemDefault();
                default -> throw Errors.incorrectValue("timezone must be 'UTC' ('u') or 'LOCAL' ('l')", call.flagSpan("timezone"));
            }
        }
        if (offset != null) {
            if (offset < -12 || offset > 12) {
                throw ShellException.of("nu::shell::type_mismatch", "Type mismatch.", call.flagSpan("offset"), "Invalid timezone or offset");
            }
            zone = ZoneOffset.ofHours(offset.intValue());
        }
        ZoneId z = zone;
        boolean explicitZone = tz != null || offset != null;
        boolean nested = !call.rest().isEmpty();
        return Operate.map(call, input, v -> convert(v, format, z, explicitZone, nested, call.head()));
    }

    static Value convert(Value v, String format, ZoneId zone, boolean explicitZone, boolean nested, Span head) {
        return switch (v) {
            case Value.Date d -> explicitZone ? new Value.Date(d.value().withZoneSameInstant(zone)) : d;
            case Value.Int i -> fromInt(i.value(), format, explicitZone ? zone : ZoneOffset.UTC, head);
            case Value.Str s -> fromString(s.value(), format, zone, explicitZone, head);
            case Record r when !nested -> fromRecord(r, head);
            default -> throw Errors.unsupportedInput("into datetime", "string and int", v, head, head);
        };
    }

    private static Value fromInt(long n, String format, ZoneId zone, Span head) {
        if (format != null) return fromString(Long.toString(n), format, zone, true, head);
        Instant t = Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L));
        return new Value.Date(t.atZone(zone instanceof ZoneOffset ? zone : zone.getRules().getOffset(t)));
    }

    private static Value fromString(String s, String format, ZoneId zone, boolean explicitZone, Span head) {
        ZonedDateTime t;
        if (format != null) {
            try {
                t = Strftime.parse(s.trim(), format, zone);
            } catch (Strftime.FormatException e) {
                throw ShellException.of("nu::shell::cant_convert", "Can't convert to could not parse as datetime using format '"
                        + format + "'.", head, "can't convert string to could not parse as datetime using format '" + format + "'",
                        e.getMessage());
            }
            if (format.contains("%s") && !explicitZone) t = t.withZoneSameInstant(ZoneOffset.UTC);
        } else {
            String trimmed = s.trim();
            t = DateGuess.parse(trimmed, zone);
            if (t == null && trimmed.matches("-?\\d+")) {
                // not a date layout: a whole number is nanoseconds since the epoch
                try {
                    return fromInt(Long.parseLong(trimmed), null, explicitZone ? zone : ZoneOffset.UTC, head);
                } catch (NumberFormatException e) {
                    throw parseError(s, head);
                }
            }
            if (t == null) throw parseError(s, head);
        }
        if (explicitZone) t = t.withZoneSameInstant(zone);
        return new Value.Date(fixed(t));
    }

    /** A datetime string without a format, as {@code into datetime} reads it (local zone when no offset). */
    public static Value parseText(String s, Span head) {
        return fromString(s, null, ZoneId.systemDefault(), false, head);
    }

    /** nu dates carry a fixed offset, never a region. */
    static ZonedDateTime fixed(ZonedDateTime t) {
        return t.getZone() instanceof ZoneOffset ? t : t.withZoneSameInstant(t.getOffset());
    }

    private static ShellException parseError(String s, Span head) {
        return ShellException.of("nu::shell::datetime_parse_error", "Unable to parse datetime: [" + s + "].", head, "datetime parsing failed",
                "Examples of supported inputs:\n * \"5 pm\"\n * \"2020/12/4\"\n * \"2020.12.04 22:10 +2\"\n * \"2020-04-12 22:10:57 +02:00\"");
    }

    private static Value fromRecord(Record r, Span head) {
        int[] parts = {1970, 1, 1, 0, 0, 0, 0, 0, 0};
        String[] keys = {"year", "month", "day", "hour", "minute", "second", "millisecond", "microsecond", "nanosecond"};
        boolean any = false;
        for (int i = 0; i < keys.length; i++) {
            Value v = r.get(keys[i]);
            if (v != null) {
                parts[i] = (int) Errors.expectInt(v, head);
                any = true;
            }
        }
        if (!any && r.get("timezone") == null) throw Errors.incorrectValue("record must have at least one datetime field", head);
        for (String k : r.keys()) {
            if (!List.of(keys).contains(k) && !k.equals("timezone")) throw Errors.incorrectValue("unexpected key `" + k + "` in datetime record", head);
        }
        ZoneId zone = ZoneId.systemDefault();
        Value tz = r.get("timezone");
        if (tz != null) {
            try {
                zone = ZoneId.of(Errors.expectString(tz, head));
            } catch (java.time.DateTimeException e) {
                throw Errors.incorrectValue("invalid timezone `" + ((Value.Str) tz).value() + "`", head);
            }
        }
        try {
            LocalDateTime ldt = LocalDateTime.of(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5],
                    parts[6] * 1_000_000 + parts[7] * 1000 + parts[8]);
            return new Value.Date(fixed(ldt.atZone(zone)));
        } catch (java.time.DateTimeException e) {
            throw Errors.incorrectValue(e.getMessage(), head);
        }
    }
}
