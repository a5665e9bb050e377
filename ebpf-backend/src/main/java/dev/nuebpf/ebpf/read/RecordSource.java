package dev.nuebpf.ebpf.read;

import java.util.function.Consumer;

/** A kernel-to-user channel of raw records. {@link #poll} waits up to a timeout and hands over what arrived. */
public interface RecordSource extends AutoCloseable {
    /**
     * Waits up to {@code timeoutMs} for data, then passes every complete record to {@code sink}.
     * Returns the number of records the kernel reported lost during this poll.
     */
    default long poll(int timeoutMs, Consumer<byte[]> sink) { return poll(timeoutMs, Integer.MAX_VALUE, sink); }

    /**
     * As {@link #poll(int, Consumer)} but hands over at most {@code max} records; the rest stay in the kernel
     * buffer for a later poll (so a slow reader makes the kernel drop, and count, rather than us buffer without
     * bound).
     */
    long poll(int timeoutMs, int max, Consumer<byte[]> sink);

    /**
     * How many times the kernel buffer was found (nearly) full: the kernel may have dropped events then without
     * telling us (a BPF ring buffer does not count failed writes). 0 for sources that report exact losses.
     */
    default long fullSeen() { return 0; }

    @Override void close();
}
