package dev.nuebpf.stdlib.date;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code seq date}: formatted dates from a begin date, stepping by an increment (days, or a duration) up to an
 * end date, or for a number of days or periods. Without a begin date it starts today.
 */
public final class SeqDateCommand implements Command {
    private static final long DAY = 86_400_000_000_000L;
    private static final int LIMIT = 1_000_000;   // a guard against endless sequences from a zero-ish increment

    @Override public Signature signature() {
        return Signature.build("seq date", Category.DATE)
                .description("Print sequences of dates.")
                .named("output-format", SyntaxShape.STRING, "prints dates in this format (defaults to %Y-%m-%d)", 'o')
                .named("input-format", SyntaxShape.STRING, "give argument dates in this format (defaults to %Y-%m-%d)", 'i')
                .named("begin-date", SyntaxShape.STRING, "beginning date range", 'b')
                .named("end-date", SyntaxShape.STRING, "ending date", 'e')
                .named("increment", SyntaxShape.ANY, "increment dates by this number or duration (a number means days)", 'n')
                .named("days", SyntaxShape.INT, "number of days to print (ignored if periods is used)", 'd')
                .named("periods", SyntaxShape.INT, "number of dates to print (default 10 if no end date)", 'p')
                .switchFlag("reverse", "print dates in reverse", 'r')
                .io("nothing", "list<string>");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Every second day from a begin to an end date", "seq date -b '2020-01-01' -e '2020-01-05' -n 2",
                        strs("2020-01-01", "2020-01-03", "2020-01-05")),
                Example.of("Three weekly dates", "seq date -b '2020-01-01' -n 7 --periods 3",
                        strs("2020-01-01", "2020-01-08", "2020-01-15")),
                Example.of("Counting down to an earlier end date", "seq date -b '2020-01-01' -e '2019-12-30'",
                        strs("2020-01-01", "2019-12-31", "2019-12-30")),
                Example.of("Hourly steps with an output format", "seq date -b '2020-01-01' --periods 2 -n 1hr -o '%Y-%m-%d %H'",
                        strs("2020-01-01 00", "2020-01-01 01")));
    }

    private static Value strs(String... s) {
        List<Value> out = new ArrayList<>();
        for (String x : s) out.add(Value.of(x));
        return new Value.ListV(out);
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String inFmt = orDefault(call.stringFlag("input-format"), "%Y-%m-%d");
        String outFmt = orDefault(call.stringFlag("output-format"), "%Y-%m-%d");
        ZoneId zone = ZoneId.systemDefault();
        String b = call.stringFlag("begin-date");
        ZonedDateTime begin = b == null ? ZonedDateTime.now(zone).toLocalDate().atStartOfDay(zone) : date(b, inFmt, zone, call.flagSpan("begin-date"));
        String e = call.stringFlag("end-date");
        ZonedDateTime end = e == null ? null : date(e, inFmt, zone, call.flagSpan("end-date"));
        long step = DAY;
        Value inc = call.flag("increment");
        if (inc instanceof Value.Int i) step = i.value() * DAY;
        else if (inc instanceof Value.Duration d) step = d.nanos();
        else if (inc != null) throw Errors.generic("Incorrect type", call.flagSpan("increment"), "expected an int or a duration");
        if (step <= 0) throw Errors.generic("increment cannot be 0 or negative", call.flagSpan("increment"), "must be positive");
        Long periods = call.intFlag("periods"), days = call.intFlag("days");
        long count;
        if (end != null) {
            if (end.isBefore(begin)) step = -step;
            count = LIMIT;
        } else {
            count = periods != null ? periods : days != null ? days : 1;
            if (call.has("reverse")) step = -step;
        }
        List<Value> out = new ArrayList<>();
        ZonedDateTime t = begin;
        for (long k = 0; k < count && k < LIMIT; k++) {
            if (end != null && (step > 0 ? t.isAfter(end) : t.isBefore(end))) break;
            try {
                out.add(Value.of(Strftime.format(t, outFmt)));
            } catch (Strftime.FormatException ex) {
                throw Errors.generic("Invalid output format", call.flagSpan("output-format"), ex.getMessage());
            }
            t = t.plusNanos(step);
        }
        return PipelineData.of(new Value.ListV(out));
    }

    private static String orDefault(String s, String d) { return s == null ? d : s; }

    private static ZonedDateTime date(String text, String fmt, ZoneId zone, Span span) {
        try {
            return Strftime.parse(text, fmt, zone);
        } catch (Strftime.FormatException ex) {
            throw Errors.generic("Failed to parse date", span, "expected a date in the format " + fmt);
        }
    }
}
