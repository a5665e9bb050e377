package dev.nuebpf.stdlib.bytes;

import static dev.nuebpf.stdlib.testing.V.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.testing.FakeCall;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class BytesCommandsTest {
    private static Value bin(String hex) { return new Value.Binary(HexFormat.of().parseHex(hex)); }

    @Test void sliceAndInsert() {
        assertEquals(bin("100113"), FakeCall.of(new BytesAtCommand()).pos(range(3, 5L, true)).run(bin("334455100113")));
        assertEquals(bin("011310"), FakeCall.of(new BytesAtCommand()).pos(range(-3, null, true)).run(bin("33445510011310")));
        assertEquals(rec("data", bin("10011310")), FakeCall.of(new BytesAtCommand()).pos(range(3, null, true)).path("data").run(rec("data", bin("33445510011310"))));
        assertEquals(bin("1faabbffaaaa"), FakeCall.of(new BytesAddCommand()).pos(bin("aabb")).flag("index", i(1)).run(bin("1fffaaaa")));
        assertEquals(bin("ffaa112233bb"), FakeCall.of(new BytesAddCommand()).pos(bin("112233")).sw("end").flag("index", i(1)).run(bin("ffaabb")));
        assertEquals(bin("1fffaaaaaa"), FakeCall.of(new BytesAddCommand()).pos(bin("aa")).flag("index", i(10)).run(bin("1fffaaaa")));
    }

    @Test void searchAndReplace() {
        assertEquals(list(0, 5, 7), FakeCall.of(new BytesIndexOfCommand()).pos(bin("3344")).sw("all").run(bin("334455100133443344")));
        assertEquals(list(7, 5, 0), FakeCall.of(new BytesIndexOfCommand()).pos(bin("3344")).sw("all").sw("end").run(bin("334455100133443344")));
        assertEquals(list(1), FakeCall.of(new BytesIndexOfCommand()).pos(bin("0101")).sw("all").sw("end").run(bin("010101")));
        assertEquals(i(6), FakeCall.of(new BytesIndexOfCommand()).pos(bin("4455")).sw("end").run(bin("3344551001134455")));
        assertEquals(bin("10aa10bbccaa"), FakeCall.of(new BytesReplaceCommand(true)).pos(bin("10")).sw("end").run(bin("10aa10bbccaa10")));
        assertEquals(bin("aabb"), FakeCall.of(new BytesReplaceCommand(true)).pos(bin("10")).sw("all").run(bin("10aa10bb10")));
        assertEquals(bin("a0aaa0bba0"), FakeCall.of(new BytesReplaceCommand(false)).pos(bin("10"), bin("a0")).sw("all").run(bin("10aa10bb10")));
        assertEquals(b(true), FakeCall.of(new BytesAffixCommand(true)).pos(bin("ffaaaa")).run(bin("1fffaaaa")));
        assertEquals(b(false), FakeCall.of(new BytesAffixCommand(false)).pos(bin("0102")).run(bin("01")));
    }

    @Test void buildCollectSplit() {
        assertEquals(bin("fffefdfc"), FakeCall.of(new BytesBuildCommand()).rest(i(255), i(254), i(253), i(252)).run(Value.NOTHING));
        assertThrows(ShellException.class, () -> FakeCall.of(new BytesBuildCommand()).rest(i(256)).run(Value.NOTHING));
        assertEquals(bin("1101330144"), FakeCall.of(new BytesCollectCommand()).pos(bin("01")).run(list(bin("11"), bin("33"), bin("44"))));
        assertThrows(ShellException.class, () -> FakeCall.of(new BytesCollectCommand()).run(list(Value.NOTHING)));
        assertEquals(list(bin("61"), bin("62"), bin("63")), FakeCall.of(new BytesSplitCommand()).pos(s("--")).run(bin("612d2d622d2d63")));
        assertEquals(list(bin("")), FakeCall.of(new BytesSplitCommand()).pos(bin("00")).run(bin("")));
        assertEquals(list(4, 1), FakeCall.of(new BytesLengthCommand()).run(list(bin("1fffaaab"), bin("1f"))));
        assertEquals(bin("aaaaff1f"), FakeCall.of(new BytesReverseCommand()).run(bin("1fffaaaa")));
    }
}
