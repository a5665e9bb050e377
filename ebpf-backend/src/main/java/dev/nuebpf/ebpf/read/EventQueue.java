package dev.nuebpf.ebpf.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded queue of decoded events between a reader thread and the shell. The reader takes from the kernel
 * only what fits ({@link #room}), so when the shell reads slowly the kernel buffer fills and the kernel drops
 * (and counts); {@link #offer} still counts what it refuses. Losses are reported by {@code ebpf list} and
 * {@code ebpf events}.
 */
public final class EventQueue<T> {
    private final int capacity;
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();

    public EventQueue(int capacity) { this.capacity = capacity; }

    /** Adds an event; returns false (and counts it lost) when the queue is full. */
    public synchronized boolean offer(T item) {
        received.incrementAndGet();
        if (items.size() >= capacity) {
            lost.incrementAndGet();
            return false;
        }
        items.add(item);
        notifyAll();
        return true;
    }

    /** Adds a batch under one lock; what does not fit is counted lost. Returns how many were queued. */
    public synchronized int offerAll(List<T> batch) {
        received.addAndGet(batch.size());
        int room = Math.max(0, capacity - items.size()), n = Math.min(room, batch.size());
        items.addAll(batch.subList(0, n));
        if (n < batch.size()) lost.addAndGet(batch.size() - n);
        if (n > 0) notifyAll();
        return n;
    }

    /** Records events the kernel reported lost (perf buffer LOST records, ring buffer reservation failures). */
    public void addLost(long n) {
        received.addAndGet(n);
        lost.addAndGet(n);
    }

    /** Takes everything queued. */
    public synchronized List<T> drain() {
        List<T> out = new ArrayList<>(items);
        items.clear();
        notifyAll();  // a reader waiting for room
        return out;
    }

    public int capacity() { return capacity; }

    /** How many more events fit. */
    public synchronized int room() { return Math.max(0, capacity - items.size()); }

    /** Waits up to {@code timeoutMs} until some room is free; returns the room. */
    public synchronized int awaitRoom(long timeoutMs) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (items.size() >= capacity) {
            long left = end - System.nanoTime();
            if (left <= 0) break;
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return Math.max(0, capacity - items.size());
    }

    /** Takes everything queued, waiting up to {@code timeoutMs} for at least one item. */
    public synchronized List<T> drainWait(long timeoutMs) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (items.isEmpty()) {
            long left = end - System.nanoTime();
            if (left <= 0) break;
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return drain();
    }

    public synchronized int size() { return items.size(); }

    /** Events seen (delivered, queued, or lost). */
    public long received() { return received.get(); }

    public long lost() { return lost.get(); }
}
