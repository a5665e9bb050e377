package dev.nuebpf.stdlib.date;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** {@code date humanize}: "3 hours ago", "in a day", "now", relative to the current time. */
public final class DateHumanizeCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("date humanize", Category.DATE)
                .description("Print a 'humanized' format for the date, relative to now.")
                .io("datetime", "string").io("string", "string").io("list<datetime>", "list<string>").io("list<string>", "list<string>")
                .searchTerms("relative", "now", "today", "tomorrow", "yesterday", "weekday", "weekday_name", "timezone");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("Print a 'humanized' format for the date, relative to now.",
                "\"2021-10-22 20:00:12 +01:00\" | date humanize"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return dev.nuebpf.stdlib.conversions.Operate.map(call, input, v -> {
            ZonedDateTime t = Dates.toDate(v, call);
            long nanos = java.time.Duration.between(ZonedDateTime.now(), t).toNanos();
            return Value.of(humanize(nanos));
        });
    }

    /** chrono-humanize's buckets; {@code nanos} positive is in the future. */
    static String humanize(long nanos) {
        long s = Math.abs(nanos) / 1_000_000_000L;
        if (s < 10) return "now";
        long m = s / 60, h = s / 3600, d = s / 86400;
        String text;
        if (s < 45) text = s + " seconds";
        else if (s < 90) text = "a minute";
        else if (m < 45) text = m + " minutes";
        else if (m < 90) text = "an hour";
        else if (h < 22) text = h + " hours";
        else if (h < 36) text = "a day";
        else if (d < 7) text = d + " days";
        else if (d < 11) text = "a week";
        else if (d < 26) text = (d / 7) + " weeks";
        else if (d < 45) text = "a month";
        else if (d < 320) text = (d / 30) + " months";
        else if (d < 548) text = "a year";
        else text = (d / 365) + " years";
        return nanos < 0 ? text + " ago" : "in " + text;
    }
}
