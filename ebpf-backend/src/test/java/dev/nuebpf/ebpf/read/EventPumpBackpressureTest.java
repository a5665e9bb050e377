package dev.nuebpf.ebpf.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The reader takes from the kernel only what the queue has room for; the backlog stays in the kernel buffer. */
class EventPumpBackpressureTest {
    /** A kernel buffer holding records 0..n-1, handing over at most what is asked. */
    static final class FakeSource implements RecordSource {
        final ArrayDeque<Integer> pending = new ArrayDeque<>();
        final AtomicInteger maxAsked = new AtomicInteger();

        FakeSource(int n) { for (int i = 0; i < n; i++) pending.add(i); }

        @Override public synchronized long poll(int timeoutMs, int max, Consumer<byte[]> sink) {
            maxAsked.accumulateAndGet(max, Math::max);
            for (int k = 0; k < max && !pending.isEmpty(); k++) sink.accept(new byte[] {(byte) (int) pending.poll()});
            if (pending.isEmpty()) {
                try {
                    Thread.sleep(Math.min(timeoutMs, 5));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return 0;
        }

        synchronized int left() { return pending.size(); }

        @Override public void close() {}
    }

    @Test void aSlowReaderLeavesTheBacklogInTheKernelAndLosesNothing() throws Exception {
        FakeSource src = new FakeSource(1000);
        EventQueue<Integer> q = new EventQueue<>(64);
        AtomicInteger decoded = new AtomicInteger();
        try (EventPump<Integer> pump = new EventPump<>("test-pump", src, raw -> {
            decoded.incrementAndGet();
            return (int) raw[0] & 0xff;
        }, q)) {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (q.size() < 64 && System.nanoTime() < deadline) Thread.sleep(5);
            Thread.sleep(100);  // the reader keeps polling; it must not take more
            assertEquals(64, q.size());
            assertEquals(1000 - 64, src.left(), "the backlog stays in the source");
            assertEquals(64, decoded.get(), "nothing is decoded beyond the queue's room");
            assertTrue(src.maxAsked.get() <= 64);
            assertEquals(0, q.lost());

            int seen = 0;
            while (seen < 1000 && System.nanoTime() < deadline) {
                List<Integer> got = q.drainWait(200);
                for (int v : got) assertEquals(seen++ & 0xff, v, "in order, none skipped");
            }
            assertEquals(1000, seen);
            assertEquals(0, q.lost());
            assertEquals(1000, q.received());
        }
    }
}
