package dev.nuebpf.stdlib.web;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code detect type}: infers a bool, int, float or date from a string's text, leaving other strings (and
 * all non-string input) unchanged. The accepted spellings follow Nushell's: digit groups of three with
 * {@code ,} or {@code _}, a plain sign-less {@code -}, exponents, inf/NaN, ISO and common calendar dates.
 */
public final class DetectTypeCommand implements Command {
    private static final Pattern INT = Pattern.compile("-?(\\d+|\\d{1,3}(,\\d{3})+|\\d{1,3}(_\\d{3})+)");
    private static final Pattern FLOAT = Pattern.compile("-?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][+-]?\\d+)?|(?i)-?(inf|infinity|nan)");
    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern YMD_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)");

    @Override public Signature signature() {
        return Signature.build("detect type", Category.STRINGS)
                .description("Infer Nushell datatype from a string.")
                .switchFlag("prefer-filesize", "For ints display them as human-readable file sizes.", 'f')
                .switchFlag("prefer-dmy", "Prefer day-month-year format for ambiguous dates.", null)
                .io("string", "any").io("any", "any")
                .searchTerms("convert", "conversion");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Bool from string", "'true' | detect type", Value.of(true)),
                Example.of("Int from plain digits", "'42' | detect type", Value.of(42)),
                Example.of("Int with underscores", "'1_000_000' | detect type", Value.of(1_000_000)),
                Example.of("Int with commas", "'1,234,567' | detect type", Value.of(1_234_567)),
                Example.of("Float from decimal", "'3.14' | detect type", Value.of(3.14)),
                Example.of("Int as filesize", "'1024' | detect type -f", new Value.Filesize(1024)),
                Example.of("Date Y-M-D", "'2022-01-01' | detect type",
                        new Value.Date(ZonedDateTime.of(2022, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))),
                Example.of("Unrecognized stays string", "'not-a-number' | detect type", Value.of("not-a-number")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        if (!(input instanceof PipelineData.Single s) || !(s.value() instanceof Value.Str str)) return input;
        return PipelineData.of(detect(str.value(), call.has("prefer-filesize"), call.has("prefer-dmy"), call.head()));
    }

    static Value detect(String t, boolean filesize, boolean dmy, Span span) {
        if (t.equalsIgnoreCase("true")) return Value.of(true);
        if (t.equalsIgnoreCase("false")) return Value.of(false);
        if (INT.matcher(t).matches()) {
            try {
                long n = Long.parseLong(t.replace(",", "").replace("_", ""));
                return filesize ? new Value.Filesize(n) : Value.of(n);
            } catch (NumberFormatException e) {
                throw ShellErrors.cantConvert("int", "string", span);
            }
        }
        if (FLOAT.matcher(t).matches()) {
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith("nan")) return Value.of(Double.NaN);
            if (lower.endsWith("inf") || lower.endsWith("infinity")) return Value.of(lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            return Value.of(Double.parseDouble(t));
        }
        ZonedDateTime d = date(t, dmy);
        return d == null ? Value.of(t) : new Value.Date(d);
    }

    private static ZonedDateTime date(String t, boolean dmy) {
        try {
            return OffsetDateTime.parse(t.replace(' ', 'T')).toZonedDateTime();
        } catch (DateTimeParseException ignored) {
            // not RFC 3339 with an offset: try the forms without one
        }
        Matcher m = YMD_TIME.matcher(t);
        if (m.matches()) {
            try {
                return LocalDateTime.parse(m.group(1) + "T" + m.group(2)).atZone(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        try {
            m = YMD.matcher(t);
            if (m.matches()) return day(m.group(1), m.group(2), m.group(3));
            m = SLASHED.matcher(t);
            if (m.matches()) return dmy ? day(m.group(3), m.group(2), m.group(1)) : day(m.group(3), m.group(1), m.group(2));
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static ZonedDateTime day(String y, String mo, String d) {
        return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)).atStartOfDay(ZoneOffset.UTC);
    }
}
