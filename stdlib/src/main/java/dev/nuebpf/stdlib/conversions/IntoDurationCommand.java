package dev.nuebpf.stdlib.conversions;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.Units;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code into duration}: "1day 2hr", "3:34:00", numbers with --unit, or a {week, day, ..., sign} record. */
public final class IntoDurationCommand implements Command {
    static final String[] RECORD_KEYS = {"week", "day", "hour", "minute", "second", "millisecond", "microsecond", "nanosecond"};
    static final long[] RECORD_UNITS = {604_800_000_000_000L, 86_400_000_000_000L, 3_600_000_000_000L, 60_000_000_000L,
            1_000_000_000L, 1_000_000L, 1_000L, 1L};

    @Override public Signature signature() {
        return Signature.build("into duration", Category.CONVERSIONS)
                .description("Convert value to duration.")
                .named("unit", SyntaxShape.STRING, "Unit to convert number into (will have an effect only with integer input).", 'u')
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, convert data at the given cell paths.")
                .io("int", "duration").io("float", "duration").io("string", "duration").io("duration", "duration")
                .io("record", "record").io("table", "table")
                .searchTerms("convert", "time", "period");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Convert duration string to duration value", "'7min' | into duration", new Value.Duration(420_000_000_000L)),
                Example.of("Convert compound duration string to duration value", "'1day 2hr 3min 4sec' | into duration", new Value.Duration(93_784_000_000_000L)),
                Example.of("Convert table of duration strings to table of duration values",
                        "[[value]; ['1sec'] ['2min']] | into duration value",
                        new Value.ListV(List.of(Record.of("value", new Value.Duration(1_000_000_000L)), Record.of("value", new Value.Duration(120_000_000_000L))))),
                Example.of("Convert a clock-style string", "'3:34:00' | into duration", new Value.Duration(12_840_000_000_000L)),
                Example.of("Convert a clock-style string with fractional seconds", "'2:45:31.2' | into duration", new Value.Duration(9_931_200_000_000L)),
                Example.of("Convert number of nanoseconds to duration", "1_234_567 | into duration", new Value.Duration(1_234_567L)),
                Example.of("Convert number of milliseconds to duration", "1_234 | into duration --unit ms", new Value.Duration(1_234_000_000L)),
                Example.of("Convert a floating point number of seconds", "1.234 | into duration --unit sec", new Value.Duration(1_234_000_000L)),
                Example.of("Convert a record to a duration", "{day: 10, hour: 2, minute: 6, second: 50, sign: '+'} | into duration",
                        new Value.Duration(871_610_000_000_000L)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String unitName = call.stringFlag("unit");
        long unit = 1;
        if (unitName != null) {
            unit = Units.durationUnit(unitName);
            if (unit < 0) throw invalidUnit(call.flagSpan("unit"));
        }
        long u = unit;
        boolean hasPaths = !call.rest().isEmpty();
        boolean explicitUnit = unitName != null;
        return Operate.map(call, input, v -> {
            if (explicitUnit && v instanceof Record && !hasPaths) {
                throw new ShellException(dev.nuebpf.diag.Diagnostic.builder("nu::shell::incompatible_parameters", "Incompatible parameters.")
                        .label(call.head(), "got a record as input").label(call.flagSpan("unit"), "the units should be included in the record").build());
            }
            return convert(v, u, hasPaths, call.head());
        });
    }

    static ShellException invalidUnit(Span span) {
        return ShellException.of("nu::shell::invalid_unit", "Invalid unit", span, "encountered here",
                "Supported units are ns, us/µs, ms, sec, min, hr, day, and wk");
    }

    static Value convert(Value v, long unit, boolean nested, Span head) {
        return switch (v) {
            case Value.Duration d -> d;
            case Value.Int i -> new Value.Duration(Math.multiplyExact(i.value(), unit));
            case Value.Float f -> new Value.Duration((long) (f.value() * unit));
            case Value.Str s when unit != 1 && s.value().trim().matches("[+-]?\\d+") ->
                    new Value.Duration(Math.multiplyExact(Long.parseLong(s.value().trim().replace("+", "")), unit));
            case Value.Str s -> new Value.Duration(parse(s.value(), head));
            case Record r when !nested -> new Value.Duration(fromRecord(r, head));
            case Value.Nothing n -> throw ShellException.of("nu::parser::input_type_mismatch",
                    "Command does not support nothing input.", head, "command doesn't support nothing input");
            default -> throw Errors.unsupportedInput("into duration", "string, int, float, duration or record", v, head, head);
        };
    }

    private static final Pattern CLOCK = Pattern.compile("(-?\\d+):(-?\\d+):(-?\\d+)(?:\\.(\\d{1,9}))?");

    /** A duration string: clock style, or space-separated number+unit parts (a bare number is nanoseconds). */
    static long parse(String raw, Span head) {
        String s = raw.trim();
        if (s.contains(":")) {
            Matcher m = CLOCK.matcher(s);
            if (!m.matches()) throw Errors.incorrectValue("invalid clock-style duration; please use hh:mm:ss with optional .f up to .fffffffff", head);
            long h = Long.parseLong(m.group(1)), mi = Long.parseLong(m.group(2)), sec = Long.parseLong(m.group(3));
            if (h < 0 || mi < 0 || mi >= 60 || sec < 0 || sec >= 60) {
                throw Errors.incorrectValue("invalid clock-style duration; hours must be >= 0 and minutes/seconds must be >= 0 and < 60", head);
            }
            long frac = 0;
            if (m.group(4) != null) frac = Long.parseLong((m.group(4) + "00000000").substring(0, 9));
            return h * 3_600_000_000_000L + mi * 60_000_000_000L + sec * 1_000_000_000L + frac;
        }
        if (s.isEmpty()) throw invalidUnit(head);
        long total = 0;
        for (String part : s.split("\\s+")) {
            Long d = Units.parseDuration(part);
            if (d == null) {
                Double n = IntoFloatCommand.parse(part);
                if (n == null || !part.matches("[+-]?[\\d.]+")) throw invalidUnit(head);
                d = (long) n.doubleValue();
            }
            total = Math.addExact(total, d);
        }
        return total;
    }

    static long fromRecord(Record r, Span head) {
        long total = 0;
        for (String k : r.keys()) {
            Value v = r.get(k);
            if (k.equals("sign")) continue;
            int idx = List.of(RECORD_KEYS).indexOf(k);
            if (idx < 0) throw Errors.incorrectValue("unexpected key `" + k + "` in duration record", head);
            long n = Errors.expectInt(v, head);
            if (n < 0) throw Errors.incorrectValue("duration record fields must be non-negative", head);
            total = Math.addExact(total, Math.multiplyExact(n, RECORD_UNITS[idx]));
        }
        Value sign = r.get("sign");
        if (sign != null) {
            String sg = Errors.expectString(sign, head);
            if (sg.equals("-")) total = -total;
            else if (!sg.equals("+")) throw Errors.incorrectValue("sign must be '+' or '-'", head);
        }
        return total;
    }
}
