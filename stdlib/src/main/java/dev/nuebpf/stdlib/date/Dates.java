package dev.nuebpf.stdlib.date;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Errors;
import dev.nuebpf.runtime.Value;
import java.time.ZonedDateTime;

/** Accepting a datetime or a string that parses as one (the date commands take both). */
final class Dates {
    private Dates() {}

    static ZonedDateTime toDate(Value v, Call call) {
        if (v instanceof Value.Date d) return d.value();
        if (v instanceof Value.Str s) {
            Value parsed = dev.nuebpf.stdlib.conversions.IntoDatetimeCommand.parseText(s.value(), call.head());
            return ((Value.Date) parsed).value();
        }
        throw Errors.unsupportedInput(call.commandName(), "date, string (that represents datetime)", v, call.head(), call.head());
    }
}
