package dev.nuebpf.format;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as nu prints them: RFC 2822 with a humanized distance at the top level
 * ({@code Mon, 1 Jan 2024 00:00:00 +0000 (2 years ago)}), only the distance in table cells,
 * and a C-{@code asctime}-like form for {@code into string}.
 */
final class DateText {
    private DateText() {}

    private static final DateTimeFormatter RFC2822 =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss xx", Locale.ROOT);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT);

    static String rfc2822(ZonedDateTime d) { return RFC2822.format(d); }

    static String asctime(ZonedDateTime d) { return ASCTIME.format(d); }

    static String full(ZonedDateTime d, ZonedDateTime now) { return rfc2822(d) + " (" + humanize(d, now) + ")"; }

    private static final long MINUTE = 60, HOUR = 3600, DAY = 86400, WEEK = 7 * DAY, MONTH = 30 * DAY, YEAR = 365 * DAY;

    /** "now", "11 seconds ago", "an hour ago", "in 2 days": rough buckets with the boundaries nu uses. */
    static String humanize(ZonedDateTime d, ZonedDateTime now) {
        long secs = Duration.between(now, d).getSeconds();
        boolean future = secs > 0;
        long n = Math.abs(secs);
        String text;
        if (n > 547 * DAY) text = plural(Math.max(n / YEAR, 2), "years");
        else if (n > 345 * DAY) text = "a year";
        else if (n > 45 * DAY) text = plural(Math.max(n / MONTH, 2), "months");
        else if (n > 29 * DAY) text = "a month";
        else if (n > 10 * DAY + 12 * HOUR) text = plural(Math.max(n / WEEK, 2), "weeks");
        else if (n > 6 * DAY + 12 * HOUR) text = "a week";
        else if (n > 36 * HOUR) text = plural(Math.max(n / DAY, 2), "days");
        else if (n > 22 * HOUR) text = "a day";
        else if (n > 90 * MINUTE) text = plural(Math.max(n / HOUR, 2), "hours");
        else if (n > 45 * MINUTE) text = "an hour";
        else if (n > 90) text = plural(Math.max(n / MINUTE, 2), "minutes");
        else if (n > 45) text = "a minute";
        else if (n > 10) text = plural(n, "seconds");
        else return "now";
        return future ? "in " + text : text + " ago";
    }

    private static String plural(long n, String unit) { return n + " " + unit; }
}
