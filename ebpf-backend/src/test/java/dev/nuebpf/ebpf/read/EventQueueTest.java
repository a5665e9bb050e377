package dev.nuebpf.ebpf.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventQueueTest {
    @Test void fullQueueCountsLossesInsteadOfDroppingSilently() {
        EventQueue<Integer> q = new EventQueue<>(2);
        assertTrue(q.offer(1));
        assertTrue(q.offer(2));
        assertFalse(q.offer(3));
        q.addLost(5);
        assertEquals(8, q.received());
        assertEquals(6, q.lost());
        assertEquals(List.of(1, 2), q.drain());
        assertEquals(List.of(), q.drain());
        assertTrue(q.offer(4));
    }

    @Test void drainWaitReturnsWhenSomethingArrives() throws Exception {
        EventQueue<Integer> q = new EventQueue<>(4);
        Thread t = new Thread(() -> q.offer(7));
        t.start();
        assertEquals(List.of(7), q.drainWait(5000));
        t.join();
        assertEquals(List.of(), q.drainWait(10));
    }
}
