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

/** {@code date to-timezone}: the same instant shown in another zone ("UTC", "local", "+09:00", "Asia/Tokyo"). */
public final class DateToTimezoneCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("date to-timezone", Category.DATE)
                .description("Convert a date to a given time zone.")
                .required("time zone", SyntaxShape.STRING, "Time zone description.")
                .io("datetime", "datetime").io("string", "datetime").io("list<datetime>", "list<datetime>").io("list<string>", "list<datetime>")
                .searchTerms("tz", "transform", "convert", "UTC", "GMT", "list", "timezone");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Get the current date in UTC+05:00.", "2021-10-22T20:00:12+01:00 | date to-timezone '+0500'",
                        new Value.Date(ZonedDateTime.of(2021, 10, 23, 0, 0, 12, 0, ZoneOffset.ofHours(5)))),
                Example.of("Get the current date in Asia/Tokyo.", "2021-10-22T20:00:12+01:00 | date to-timezone 'Asia/Tokyo'",
                        new Value.Date(ZonedDateTime.of(2021, 10, 23, 4, 0, 12, 0, ZoneOffset.ofHours(9)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String tz = call.stringArg(0);
        ZoneId zone = zone(tz);
        if (zone == null) throw ShellException.of("nu::shell::type_mismatch", "Type mismatch.", call.positionalSpan(0), "invalid time zone");
        return dev.nuebpf.stdlib.conversions.Operate.map(call, input, v -> {
            ZonedDateTime t = Dates.toDate(v, call);
            ZonedDateTime z = t.withZoneSameInstant(zone);
            return new Value.Date(z.withZoneSameInstant(z.getOffset()));
        });
    }

    static ZoneId zone(String tz) {
        String t = tz.trim();
        if (t.equalsIgnoreCase("utc") || t.equalsIgnoreCase("gmt")) return ZoneOffset.UTC;
        if (t.equalsIgnoreCase("local")) return ZoneId.systemDefault();
        if (t.matches("[+-]\\d{4}")) t = t.substring(0, 3) + ":" + t.substring(3);
        if (t.matches("[+-]\\d{1,2}")) t = t.charAt(0) + String.format("%02d", Integer.parseInt(t.substring(1))) + ":00";
        try {
            return ZoneId.of(t);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
