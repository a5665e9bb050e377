package dev.nuebpf.stdlib.conversions;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.date.Strftime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** The table {@code into datetime --list} and {@code format date --list} show: each specifier, today's example, a note. */
final class StrftimeCheatsheet {
    private StrftimeCheatsheet() {}

    private static final String[][] SPECS = {
        {"%Y", "Year with century, zero-padded to 4 digits."}, {"%C", "Century (year / 100), 2 digits."},
        {"%y", "Year within the century (00-99)."}, {"%m", "Month number (01-12)."}, {"%b", "Abbreviated month name."},
        {"%B", "Full month name."}, {"%h", "Same as %b."}, {"%d", "Day of the month (01-31)."},
        {"%e", "Day of the month, space-padded ( 1-31)."}, {"%a", "Abbreviated weekday name."}, {"%A", "Full weekday name."},
        {"%w", "Weekday number, Sunday = 0."}, {"%u", "Weekday number, Monday = 1."}, {"%U", "Week number, weeks starting on Sunday (00-53)."},
        {"%W", "Week number, weeks starting on Monday (00-53)."}, {"%G", "ISO 8601 week-based year."},
        {"%g", "ISO 8601 week-based year within the century."}, {"%V", "ISO 8601 week number (01-53)."},
        {"%j", "Day of the year (001-366)."}, {"%D", "Month/day/year: %m/%d/%y."}, {"%x", "Locale date (here %m/%d/%y)."},
        {"%F", "ISO 8601 date: %Y-%m-%d."}, {"%v", "Day-month-year: %e-%b-%Y."}, {"%H", "Hour, 24-hour clock (00-23)."},
        {"%k", "Hour, 24-hour clock, space-padded."}, {"%I", "Hour, 12-hour clock (01-12)."}, {"%l", "Hour, 12-hour clock, space-padded."},
        {"%P", "am or pm."}, {"%p", "AM or PM."}, {"%M", "Minute (00-59)."}, {"%S", "Second (00-60)."},
        {"%f", "Nanoseconds since the last whole second."}, {"%.f", "Fraction of a second with a leading dot, as many digits as needed."},
        {"%.3f", "Milliseconds with a leading dot."}, {"%.6f", "Microseconds with a leading dot."}, {"%.9f", "Nanoseconds with a leading dot."},
        {"%3f", "Milliseconds without the dot."}, {"%6f", "Microseconds without the dot."}, {"%9f", "Nanoseconds without the dot."},
        {"%R", "Hour and minute: %H:%M."}, {"%T", "Time: %H:%M:%S."}, {"%X", "Locale time (here %I:%M:%S %p)."},
        {"%r", "12-hour time: %I:%M:%S %p."}, {"%Z", "Time zone name or offset."}, {"%z", "Offset from UTC, +hhmm."},
        {"%:z", "Offset from UTC with a colon, +hh:mm."}, {"%c", "Locale date and time."}, {"%+", "ISO 8601 / RFC 3339 date and time."},
        {"%s", "Seconds since the Unix epoch."}, {"%J", "Joined date: %Y%m%d (nu extension)."}, {"%Q", "Joined time: %H%M%S (nu extension)."},
        {"%t", "A tab."}, {"%n", "A newline."}, {"%%", "A literal percent sign."}, {"%#z", "Offset with optional minutes (parsing only)."},
    };

    static Value table() {
        ZonedDateTime now = ZonedDateTime.now();
        List<Value> rows = new ArrayList<>();
        for (String[] s : SPECS) {
            String example;
            try {
                example = Strftime.format(now, s[0]);
            } catch (Strftime.FormatException e) {
                example = "";
            }
            rows.add(Record.builder().put("Specification", Value.of(s[0])).put("Example", Value.of(example))
                    .put("Description", Value.of(s[1])).build());
        }
        return new Value.ListV(rows);
    }
}
