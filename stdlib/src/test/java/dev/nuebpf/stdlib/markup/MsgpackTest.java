package dev.nuebpf.stdlib.markup;

import static dev.nuebpf.stdlib.testing.V.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.testing.FakeCall;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class MsgpackTest {
    private static Value pack(Value v) { return FakeCall.of(new ToMsgpackCommand()).run(v); }

    private static Value unpack(Value v) { return FakeCall.of(new FromMsgpackCommand()).run(v); }

    @Test void encodesCompactNumbers() {
        var r = rec("a", 1.5, "b", -1, "c", 300, "d", 70000, "e", 5000000000L, "f", Value.NOTHING, "g", new Value.Binary(new byte[] {1}),
                "h", new Value.Duration(5000000000L), "i", new Value.Filesize(1000), "j", -200);
        assertEquals(ToMsgpackCommand.bin("8AA161CB3FF8000000000000A162FFA163CD012CA164CE00011170A165CF000000012A05F200A166C0A167C40101"
                + "A168CF000000012A05F200A169CD03E8A16AD1FF38"), pack(r));
    }

    @Test void roundTripsValuesAndDates() {
        var date = new Value.Date(ZonedDateTime.of(2019, 5, 10, 16, 59, 12, 500_000_000, ZoneOffset.UTC));
        var v = rec("s", "x".repeat(40), "l", list(1, -5, true, 2.25), "d", date, "n", Value.NOTHING);
        assertEquals(v, unpack(pack(v)));
        var old = new Value.Date(ZonedDateTime.of(1969, 7, 24, 16, 50, 35, 0, ZoneOffset.UTC));
        assertEquals(old, unpack(pack(old)));
        assertEquals(list(rec("a", 1), 2), FakeCall.of(new FromMsgpackCommand()).sw("objects").run(ToMsgpackCommand.bin("81A1610102")));
        assertThrows(ShellException.class, () -> unpack(ToMsgpackCommand.bin("810102")));
        assertThrows(ShellException.class, () -> unpack(ToMsgpackCommand.bin("92")));
    }
}
