package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code detect type}: a string read as the value it looks like: bool, int (with , or _ thousands
 * separators), float, or a date in the common numeric layouts; anything else stays a string. Other
 * values pass through unchanged.
 */
public final class DetectTypeCommand implements Command {
    private static final Pattern INT = Pattern.compile("\\s*-?(\\d+|\\d{1,3}(,\\d{3})+|\\d{1,3}(_\\d{3})+)");
    private static final Pattern FLOAT = Pattern.compile("\\s*-?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][-+]?\\d+)?|-?inf|NaN");
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})([-/])(\\d{1,2})\\2(\\d{4})");

    @Override public Signature signature() {
        return Signature.build("detect type", Category.STRINGS)
                .description("Read a string as the value it looks like (bool, int, float, date), or keep it.")
                .switchFlag("prefer-filesize", "Make ints filesizes.", 'f')
                .switchFlag("prefer-dmy", "Read ambiguous dates as day-month-year.", null)
                .io("string", "any").io("any", "any")
                .searchTerms("convert", "conversion");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("A bool, case-insensitively", "'FALSE' | detect type", Value.of(false)),
                Example.of("An int with thousands separators", "'1,234,567' | detect type", Value.of(1234567)),
                Example.of("A float in scientific notation", "'6.02e23' | detect type", Value.of(6.02e23)),
                Example.of("An int as a filesize", "'1024' | detect type -f", new Value.Filesize(1024)),
                Example.of("A date", "'2022-01-01' | detect type",
                        new Value.Date(ZonedDateTime.of(2022, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))),
                Example.of("Anything else stays a string", "'not-a-number' | detect type", Value.of("not-a-number")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value v = input.collect();
        if (!(v instanceof Value.Str s)) return PipelineData.of(v);
        return PipelineData.of(detect(s.value(), call));
    }

    private static Value detect(String s, Call call) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) return Value.of(lower.equals("true"));
        if (INT.matcher(s).matches()) {
            String digits = s.replace(",", "").replace("_", "");
            // nu's pattern admits leading blanks its number parser then rejects
            if (!digits.equals(digits.strip())) throw Errors.cantConvert("int", "string", call.head());
            try {
                long n = Long.parseLong(digits);
                return call.has("prefer-filesize") ? new Value.Filesize(n) : Value.of(n);
            } catch (NumberFormatException e) {
                throw Errors.cantConvert("int", "string", call.head());
            }
        }
        if (FLOAT.matcher(s).matches()) {
            if (!s.equals(s.strip())) throw Errors.cantConvert("float", "string", call.head());
            return Value.of(s.equals("inf") ? Double.POSITIVE_INFINITY : s.equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(s));
        }
        Value date = date(s, call.has("prefer-dmy"));
        return date != null ? date : Value.of(s);
    }

    private static Value date(String s, boolean dmy) {
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                LocalTime t = LocalTime.MIDNIGHT;
                if (m.group(4) != null) {
                    int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "000000000").substring(0, 9));
                    t = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
                }
                ZoneOffset off = m.group(8) == null || m.group(8).equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(m.group(8));
                return new Value.Date(OffsetDateTime.of(LocalDateTime.of(d, t), off).toZonedDateTime());
            }
            m = DMY.matcher(s);
            if (m.matches()) {
                int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3)), y = Integer.parseInt(m.group(4));
                boolean dayFirst = a > 12 || (dmy && b <= 12);
                LocalDate d = dayFirst ? LocalDate.of(y, b, a) : LocalDate.of(y, a, b);
                return new Value.Date(d.atStartOfDay(ZoneOffset.UTC));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }
}
