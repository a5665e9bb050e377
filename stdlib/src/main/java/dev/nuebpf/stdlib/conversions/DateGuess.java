package dev.nuebpf.stdlib.conversions;

import dev.nuebpf.stdlib.date.Strftime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Parses a datetime string without a format, trying the layouts people write most (RFC 3339, RFC 2822,
 * "2023-03-30 10:10:07 -05:00", "27.02.2021 1:55 pm +0000", US dates, a bare year or time). nu uses a
 * heuristic parser here too; this list covers what its examples and tests use.
 */
final class DateGuess {
    private DateGuess() {}

    private static final List<String> FORMATS = List.of(
            "%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f %z", "%Y-%m-%d %H:%M:%S%.f%z",
            "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M%z", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M %z", "%Y-%m-%d %H:%M",
            "%Y-%m-%d", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d", "%a, %d %b %Y %H:%M:%S %z", "%d %b %Y %H:%M:%S %z",
            "%a %b %e %H:%M:%S %Y", "%a %b %e %H:%M:%S %Y %z",
            "%d.%m.%Y %I:%M %p %z", "%d.%m.%Y %I:%M %p", "%d.%m.%Y %H:%M:%S %z", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y",
            "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %I:%M %p", "%m/%d/%Y", "%B %d, %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y",
            "%I:%M %p", "%I:%M:%S %p", "%I %p", "%H:%M:%S", "%H:%M");

    /** The parsed datetime, or null. {@code zone} applies when the text has no offset. */
    static ZonedDateTime parse(String raw, ZoneId zone) {
        String s = raw.trim();
        for (String f : FORMATS) {
            try {
                return Strftime.parse(s, f, zone);
            } catch (Strftime.FormatException e) {
                // try the next layout
            }
        }
        if (s.matches("\\d{4}")) {
            LocalDate today = LocalDate.now(zone);
            int year = Integer.parseInt(s);
            return LocalDate.of(year, today.getMonth(), Math.min(today.getDayOfMonth(), today.withYear(year).lengthOfMonth()))
                    .atStartOfDay(zone);
        }
        return null;
    }
}
