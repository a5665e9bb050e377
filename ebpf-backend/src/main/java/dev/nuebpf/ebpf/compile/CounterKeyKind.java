package dev.nuebpf.ebpf.compile;

import dev.nuebpf.runtime.Value;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * How bpf-count keys are stored: a u64 (shown as an int), the 16-byte comm (shown as a string), or a string read by
 * bpf-read-str in its zero-padded buffer (CompileOptions.stringBytes, 128 by default; the map's key size says which).
 */
public enum CounterKeyKind {
    INT(8), COMM(16), STRING(128);

    public final int keySize;

    CounterKeyKind(int keySize) { this.keySize = keySize; }

    /** The key as the user should read it in {@code ebpf counters}. */
    public Value decode(byte[] key) {
        return switch (this) {
            case INT -> Value.of(ByteBuffer.wrap(key).order(ByteOrder.LITTLE_ENDIAN).getLong(0));
            case COMM -> Value.of(EventSchema.cString(key, 0, 16));
            case STRING -> Value.of(EventSchema.cString(key, 0, key.length));
        };
    }
}
