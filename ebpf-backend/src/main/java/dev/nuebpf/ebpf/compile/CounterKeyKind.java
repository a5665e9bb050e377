package dev.nuebpf.ebpf.compile;

import dev.nuebpf.runtime.Value;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** How bpf-count keys are stored: a u64 (shown as an int) or the 16-byte comm (shown as a string). */
public enum CounterKeyKind {
    INT(8), COMM(16);

    public final int keySize;

    CounterKeyKind(int keySize) { this.keySize = keySize; }

    /** The key as the user should read it in {@code ebpf counters}. */
    public Value decode(byte[] key) {
        return switch (this) {
            case INT -> Value.of(ByteBuffer.wrap(key).order(ByteOrder.LITTLE_ENDIAN).getLong(0));
            case COMM -> Value.of(EventSchema.cString(key, 0, 16));
        };
    }
}
