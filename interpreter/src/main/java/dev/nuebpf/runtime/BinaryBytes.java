package dev.nuebpf.runtime;

import java.util.Iterator;

/**
 * Implemented by the source of a {@link PipelineData.ByteStream} whose bytes are binary data (Nushell's
 * binary-typed byte stream, e.g. from {@code bytes collect}): collecting it yields a binary even when it
 * happens to be valid UTF-8, and iterating it yields its chunks lazily (as nu does), so an endless
 * stream can be consumed piecewise.
 */
public interface BinaryBytes {
    /** The not yet consumed bytes as binary chunks, produced on demand. */
    Iterator<Value> chunks();

    /**
     * For commands that treat a binary as a sequence of bytes (first, take, last, skip): a binary byte stream
     * becomes a single binary value of at most {@code max} bytes (all of them when {@code max < 0}), read
     * without consuming more, so {@code 1.. | each {..} | bytes collect | first 2} ends. Other input is
     * returned unchanged.
     */
    static PipelineData prefix(PipelineData in, long max) {
        if (!(in instanceof PipelineData.ByteStream bs) || !(bs.bytes() instanceof BinaryBytes)) return in;
        try {
            byte[] data = max < 0 ? bs.bytes().readAllBytes() : bs.bytes().readNBytes((int) Math.min(max, Integer.MAX_VALUE - 8));
            return PipelineData.of(new Value.Binary(data));
        } catch (java.io.IOException e) {
            return PipelineData.of(new Value.Binary(new byte[0]));
        }
    }
}
