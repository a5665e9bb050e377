package dev.nuebpf.stdlib.bytes;

import static dev.nuebpf.stdlib.testing.V.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.testing.FakeCall;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

class BytesCommandsTest {
    private static Value bin(int... b) { return BytesAtCommand.bin(b); }

    private static Value range(Long from, Long to, boolean inclusive) {
        return new Value.RangeV(from == null ? Value.NOTHING : Value.of(from), Value.NOTHING, to == null ? Value.NOTHING : Value.of(to), inclusive);
    }

    @Test void atResolvesNegativeAndOpenEnds() {
        Value data = bin(1, 2, 3, 4, 5);
        assertEquals(bin(3, 4, 5), FakeCall.of(new BytesAtCommand()).pos(range(-3L, null, true)).run(data));
        assertEquals(bin(1, 2), FakeCall.of(new BytesAtCommand()).pos(range(null, -4L, true)).run(data));
        assertEquals(bin(), FakeCall.of(new BytesAtCommand()).pos(range(4L, 1L, true)).run(data));
        assertEquals(bin(1, 2, 3, 4, 5), FakeCall.of(new BytesAtCommand()).pos(range(null, 20L, true)).run(data));
    }

    @Test void searchesDoNotOverlap() {
        Value data = bin(1, 1, 1);
        assertEquals(list(i(0)), FakeCall.of(new BytesIndexOfCommand()).pos(bin(1, 1)).sw("all").run(data));
        assertEquals(list(i(1)), FakeCall.of(new BytesIndexOfCommand()).pos(bin(1, 1)).sw("all").sw("end").run(data));
        assertEquals(i(-1), FakeCall.of(new BytesIndexOfCommand()).pos(bin(2)).run(data));
        assertEquals(bin(1), FakeCall.of(new BytesRemoveCommand()).pos(bin(1, 1)).sw("all").run(data));
        assertEquals(bin(9, 9, 1), FakeCall.of(new BytesReplaceCommand()).pos(bin(1, 1), bin(9, 9)).sw("all").run(data));
    }

    @Test void emptyPatternsAndWrongInputsFail() {
        var e = assertThrows(ShellException.class, () -> FakeCall.of(new BytesIndexOfCommand()).pos(bin()).run(bin(1)));
        assertEquals("nu::shell::type_mismatch", e.diagnostic().code());
        e = assertThrows(ShellException.class, () -> FakeCall.of(new BytesSplitCommand()).pos(s("")).run(bin(1)));
        assertEquals("nu::shell::incorrect_value", e.diagnostic().code());
        e = assertThrows(ShellException.class, () -> FakeCall.of(new BytesLengthCommand()).run(s("ab")));
        assertEquals("nu::shell::only_supports_this_input_type", e.diagnostic().code());
        e = assertThrows(ShellException.class, () -> FakeCall.of(new BytesBuildCommand()).rest(i(256)).run(Value.NOTHING));
        assertEquals("nu::shell::incorrect_value", e.diagnostic().code());
        e = assertThrows(ShellException.class, () -> FakeCall.of(new BytesAddCommand()).pos(bin(1)).flag("index", i(-1)).run(bin(2)));
        assertEquals("nu::shell::needs_positive_value", e.diagnostic().code());
    }

    @Test void addClampsTheIndex() {
        assertEquals(bin(1, 2, 3), FakeCall.of(new BytesAddCommand()).pos(bin(3)).flag("index", i(5)).run(bin(1, 2)));
        assertEquals(bin(3, 1, 2), FakeCall.of(new BytesAddCommand()).pos(bin(3)).flag("index", i(5)).sw("end").run(bin(1, 2)));
    }

    @Test void splitKeepsEmptyPieces() {
        assertEquals(list(bin(), bin(1), bin()), FakeCall.of(new BytesSplitCommand()).pos(bin(2)).run(bin(2, 1, 2)));
    }

    @Test void collectIsALazyBinaryStream() throws Exception {
        Iterator<Value> endless = new Iterator<>() {
            public boolean hasNext() { return true; }
            public Value next() { return bin(0xAA, 0xBB); }
        };
        PipelineData out = FakeCall.of(new BytesCollectCommand()).pos(bin(0)).runData(PipelineData.stream(endless, null));
        var bs = assertInstanceOf(PipelineData.ByteStream.class, out);
        assertArrayEquals(new byte[] {(byte) 0xAA, (byte) 0xBB, 0, (byte) 0xAA}, bs.bytes().readNBytes(4));
        // a binary stream collects to binary even when the bytes are valid UTF-8
        Value v = FakeCall.of(new BytesCollectCommand()).runData(PipelineData.of(list(bin(0x61), bin(0x62)))).collect();
        assertEquals(bin(0x61, 0x62), v);
        // iterating yields the chunks lazily, so an endless input can be consumed piecewise
        PipelineData again = FakeCall.of(new BytesCollectCommand()).runData(PipelineData.stream(endless, null));
        Iterator<Value> chunks = again.iterator();
        assertEquals(bin(0xAA, 0xBB), chunks.next());
        assertEquals(bin(0xAA, 0xBB), chunks.next());
        // a prefix of an endless binary stream can be taken
        PipelineData third = FakeCall.of(new BytesCollectCommand()).runData(PipelineData.stream(endless, null));
        assertEquals(bin(0xAA, 0xBB, 0xAA), dev.nuebpf.runtime.BinaryBytes.prefix(third, 3).collect());
    }
}
