package dev.nuebpf.stdlib.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.testing.FakeCall;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DateTest {
    private static String run(FakeCall c, String inputNuon) { return Nuon.write(c.run(Nuon.parse(inputNuon, Span.UNKNOWN))); }

    @Test void toTimezone() {
        assertEquals("2021-10-22T19:00:12+00:00", run(new FakeCall(new DateToTimezoneCommand()).pos(Value.of("UTC")), "2021-10-22T20:00:12+01:00"));
        assertEquals("2021-10-23T04:00:12+09:00", run(new FakeCall(new DateToTimezoneCommand()).pos(Value.of("+09:00")), "2021-10-22T20:00:12+01:00"));
        assertEquals("2021-10-23T04:00:12+09:00", run(new FakeCall(new DateToTimezoneCommand()).pos(Value.of("Asia/Tokyo")), "\"2021-10-22 20:00:12 +01:00\""));
        assertThrows(ShellException.class, () -> run(new FakeCall(new DateToTimezoneCommand()).pos(Value.of("Nowhere")), "2021-10-22T20:00:12+01:00"));
    }

    @Test void humanize() {
        long sec = 1_000_000_000L;
        assertEquals("now", DateHumanizeCommand.humanize(-5 * sec));
        assertEquals("a minute ago", DateHumanizeCommand.humanize(-50 * sec));
        assertEquals("3 hours ago", DateHumanizeCommand.humanize(-3 * 3600 * sec));
        assertEquals("in an hour", DateHumanizeCommand.humanize(50 * 60 * sec));
        assertEquals("a day ago", DateHumanizeCommand.humanize(-35 * 3600 * sec));
        assertEquals("a week ago", DateHumanizeCommand.humanize(-8 * 86400 * sec));
        assertEquals("a month ago", DateHumanizeCommand.humanize(-40 * 86400 * sec));
        assertEquals("a year ago", DateHumanizeCommand.humanize(-400 * 86400 * sec));
    }

    @Test void nowAndZones() {
        Value now = new FakeCall(new DateNowCommand()).run(null);
        assertTrue(Math.abs(((Value.Date) now).value().toEpochSecond() - ZonedDateTime.now().toEpochSecond()) < 5);
        Value zones = new FakeCall(new DateListTimezoneCommand()).run(null);
        assertTrue(Nuon.write(zones).startsWith("[[timezone]; ") && Nuon.write(zones).contains(", [Asia/Shanghai], "));
    }

    @Test void strftime() throws Exception {
        ZonedDateTime t = ZonedDateTime.parse("2021-10-22T20:00:12.5+01:00");
        assertEquals("Fri 22 Oct 2021 08:00:12 PM +01:00|10/22/2021|08:00:12 PM|10/22/21|20:00:12|22|20| 8|pm|+0100|+01:00|1634929212|295|Friday|October|500000000|.500|500|5|5|20|21",
                Strftime.format(t, "%c|%m/%d/%Y|%r|%D|%T|%e|%k|%l|%P|%z|%:z|%s|%j|%A|%B|%f|%.f|%3f|%u|%w|%C|%y"));
        assertThrows(Strftime.FormatException.class, () -> Strftime.format(t, "%Ü"));
    }
}
