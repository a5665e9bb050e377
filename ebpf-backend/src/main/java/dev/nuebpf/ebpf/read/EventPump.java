package dev.nuebpf.ebpf.read;

import java.util.function.Function;

/**
 * The background reader of one probe: a daemon thread polling a {@link RecordSource}, decoding each record
 * and putting it in an {@link EventQueue}, never more than the queue has room for. Stopping joins the thread before the source is closed, so the
 * source's memory is never read after it is unmapped.
 */
public final class EventPump<T> implements AutoCloseable {
    private final RecordSource source;
    private final EventQueue<T> queue;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Throwable failure;
    private final Function<byte[], T> decode;

    public EventPump(String name, RecordSource source, Function<byte[], T> decode, EventQueue<T> queue) {
        this.source = source;
        this.queue = queue;
        this.decode = decode;
        this.thread = new Thread(() -> {
            try {
                while (running) {
                    // take from the kernel only what the queue has room for: an unread backlog stays in the
                    // kernel's buffer, not decoded on our heap
                    if (queue.awaitRoom(50) > 0 && running) pollOnce(50);
                }
            } catch (Throwable t) {
                failure = t;
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    public EventQueue<T> queue() { return queue; }

    /** See {@link RecordSource#fullSeen()}. */
    public long kernelBufferFull() { return source.fullSeen(); }

    /** Why the reader stopped early, or null. */
    public Throwable failure() { return failure; }

    /** Moves everything the kernel has written so far into the queue, on the caller's thread. */
    public void flush() {
        if (!running) return;
        pollOnce(0);
    }

    /**
     * One poll; decoded events go to the queue as one batch. Poll and hand-over happen under one lock, so that a
     * {@link #flush} never finishes while the reader thread still holds records it took from the kernel.
     */
    private synchronized void pollOnce(int timeoutMs) {
        int room = queue.room();
        if (room == 0) return;
        java.util.List<T> batch = new java.util.ArrayList<>();
        long lost = source.poll(timeoutMs, room, raw -> batch.add(decode.apply(raw)));
        if (!batch.isEmpty()) queue.offerAll(batch);
        if (lost > 0) queue.addLost(lost);
    }

    @Override public void close() {
        running = false;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
