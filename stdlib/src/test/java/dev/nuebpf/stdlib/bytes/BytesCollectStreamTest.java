package dev.nuebpf.stdlib.bytes;

import static dev.nuebpf.stdlib.testing.V.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.runtime.BinaryBytes;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.testing.FakeCall;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/** {@code bytes collect} returns a lazy binary byte stream, as nu does, so endless inputs can be consumed in part. */
class BytesCollectStreamTest {
    private static Value bin(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return new Value.Binary(out);
    }

    private static Iterator<Value> endless() {
        return new Iterator<>() {
            public boolean hasNext() { return true; }
            public Value next() { return bin(0xAA, 0xBB); }
        };
    }

    @Test void readsOnlyWhatIsAskedFor() throws Exception {
        PipelineData out = FakeCall.of(new BytesCollectCommand()).pos(bin(0)).runData(PipelineData.stream(endless(), null));
        var bs = assertInstanceOf(PipelineData.ByteStream.class, out);
        assertArrayEquals(new byte[] {(byte) 0xAA, (byte) 0xBB, 0, (byte) 0xAA}, bs.bytes().readNBytes(4));
    }

    @Test void collectsToBinaryEvenWhenValidUtf8() {
        Value v = FakeCall.of(new BytesCollectCommand()).runData(PipelineData.of(list(bin(0x61), bin(0x62)))).collect();
        assertEquals(bin(0x61, 0x62), v);
    }

    @Test void iteratesByChunkAndTakesPrefixes() {
        Iterator<Value> chunks = FakeCall.of(new BytesCollectCommand()).runData(PipelineData.stream(endless(), null)).iterator();
        assertEquals(bin(0xAA, 0xBB), chunks.next());
        assertEquals(bin(0xAA, 0xBB), chunks.next());
        PipelineData again = FakeCall.of(new BytesCollectCommand()).runData(PipelineData.stream(endless(), null));
        assertEquals(bin(0xAA, 0xBB, 0xAA), BinaryBytes.prefix(again, 3).collect());
    }
}
