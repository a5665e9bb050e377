package dev.nuebpf.stdlib.math;

import static dev.nuebpf.stdlib.testing.V.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.testing.FakeCall;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class BitsCommandsTest {
    private static Value bin(String hex) { return new Value.Binary(HexFormat.of().parseHex(hex)); }
    private static BitsShiftCommand shift(BitsShiftCommand.Kind k) { return new BitsShiftCommand(k); }

    @Test void shifts() {
        assertEquals(i(510), FakeCall.of(shift(BitsShiftCommand.Kind.SHL)).pos(i(1)).run(i(255)));
        assertEquals(i(254), FakeCall.of(shift(BitsShiftCommand.Kind.SHL)).pos(i(1)).flag("number-bytes", i(1)).run(i(255)));
        assertEquals(i(-2), FakeCall.of(shift(BitsShiftCommand.Kind.SHL)).pos(i(1)).sw("signed").flag("number-bytes", i(1)).run(i(0x7f)));
        assertEquals(i(-96), FakeCall.of(shift(BitsShiftCommand.Kind.SHL)).pos(i(5)).run(i(-3)));
        assertThrows(ShellException.class, () -> FakeCall.of(shift(BitsShiftCommand.Kind.SHL)).pos(i(63)).run(i(1)));
        assertThrows(ShellException.class, () -> FakeCall.of(shift(BitsShiftCommand.Kind.SHL)).pos(i(64)).run(i(1)));
        assertThrows(ShellException.class, () -> FakeCall.of(shift(BitsShiftCommand.Kind.SHL)).pos(i(16)).flag("number-bytes", i(2)).run(i(8)));
        assertEquals(i(-8), FakeCall.of(shift(BitsShiftCommand.Kind.SHR)).pos(i(2)).run(i(-32)));
        assertEquals(i(0), FakeCall.of(shift(BitsShiftCommand.Kind.SHR)).pos(i(9)).run(i(8)));
        assertEquals(bin("098400"), FakeCall.of(shift(BitsShiftCommand.Kind.SHL)).pos(i(3)).run(bin("013080")));
        assertEquals(bin("000001"), FakeCall.of(shift(BitsShiftCommand.Kind.SHR)).pos(i(16)).run(bin("013080")));
        assertThrows(ShellException.class, () -> FakeCall.of(shift(BitsShiftCommand.Kind.SHL)).pos(i(17)).run(bin("0130")));
    }

    @Test void rotations() {
        assertEquals(i(68), FakeCall.of(shift(BitsShiftCommand.Kind.ROL)).pos(i(2)).run(i(17)));
        assertEquals(i(22530), FakeCall.of(shift(BitsShiftCommand.Kind.ROL)).pos(i(9)).run(i(300)));
        assertEquals(i(300), FakeCall.of(shift(BitsShiftCommand.Kind.ROL)).pos(i(16)).run(i(300)));
        assertThrows(ShellException.class, () -> FakeCall.of(shift(BitsShiftCommand.Kind.ROL)).pos(i(9)).run(i(8)));
        assertEquals(i(-65), FakeCall.of(shift(BitsShiftCommand.Kind.ROL)).pos(i(5)).run(i(-3)));
        assertEquals(i(-33), FakeCall.of(shift(BitsShiftCommand.Kind.ROR)).pos(i(4)).run(i(-3)));
        assertEquals(list(49155, 16392, 23), FakeCall.of(shift(BitsShiftCommand.Kind.ROR)).pos(i(2)).flag("number-bytes", i(2)).run(list(15, 33, 92)));
        assertEquals(bin("ffbb03"), FakeCall.of(shift(BitsShiftCommand.Kind.ROL)).pos(i(10)).run(bin("c0ffee")));
        assertEquals(bin("c0ffee"), FakeCall.of(shift(BitsShiftCommand.Kind.ROR)).pos(i(10)).run(bin("ffbb03")));
        assertThrows(ShellException.class, () -> FakeCall.of(shift(BitsShiftCommand.Kind.ROL)).pos(i(3)).flag("number-bytes", i(3)).run(i(2)));
    }

    @Test void notAndLogic() {
        assertEquals(list(251, 252, 253), FakeCall.of(new BitsNotCommand()).run(list(4, 3, 2)));
        assertEquals(list(-5, -4, -3), FakeCall.of(new BitsNotCommand()).sw("signed").run(list(4, 3, 2)));
        assertEquals(i(65279), FakeCall.of(new BitsNotCommand()).run(i(256)));
        assertEquals(i(-256), FakeCall.of(new BitsNotCommand()).sw("signed").run(i(255)));
        assertEquals(bin("00ff80"), FakeCall.of(new BitsNotCommand()).run(bin("ff007f")));
        assertEquals(i(5), FakeCall.of(new BitsLogicCommand(BitsLogicCommand.Op.AND)).pos(i(5)).run(i(-3)));
        assertEquals(i(-8), FakeCall.of(new BitsLogicCommand(BitsLogicCommand.Op.XOR)).pos(i(5)).run(i(-3)));
        assertEquals(bin("0000ee"), FakeCall.of(new BitsLogicCommand(BitsLogicCommand.Op.AND)).pos(bin("ff")).flag("endian", s("big")).run(bin("c0ffee")));
        assertEquals(bin("ff3456"), FakeCall.of(new BitsLogicCommand(BitsLogicCommand.Op.OR)).pos(bin("123456")).flag("endian", s("little")).run(bin("ff")));
        assertEquals(bin("ca00"), FakeCall.of(new BitsLogicCommand(BitsLogicCommand.Op.AND)).pos(bin("ff")).run(bin("cafe")));
        assertThrows(ShellException.class, () -> FakeCall.of(new BitsLogicCommand(BitsLogicCommand.Op.AND)).pos(bin("ff")).run(i(5)));
    }
}
