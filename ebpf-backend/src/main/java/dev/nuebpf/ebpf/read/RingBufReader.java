package dev.nuebpf.ebpf.read;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.nuebpf.ebpf.maps.BpfMap;
import dev.nuebpf.ebpf.sys.Fd;
import dev.nuebpf.ebpf.sys.Native;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Consumer side of a BPF ring buffer map. The kernel maps a consumer-position page (read-write), then a
 * producer-position page and the data area twice in a row (read-only), so a record that wraps is still
 * contiguous. Each record has an 8-byte header: length with BUSY (bit 31) and DISCARD (bit 30) flags.
 */
public final class RingBufReader implements RecordSource {
    private static final int BUSY = 1 << 31, DISCARD = 1 << 30, HDR = 8;

    private final Pointer consumer;
    private final Pointer producer;
    private final Pointer data;
    private final long page;
    private final long size;
    private final long mask;
    private final Fd epoll;
    private final Memory events = new Memory(Native.EPOLL_EVENT_SIZE * 4L);
    private boolean closed;
    private volatile long fullSeen;

    public RingBufReader(BpfMap ringbuf) {
        page = Native.pageSize();
        size = ringbuf.def().maxEntries();
        mask = size - 1;
        int fd = ringbuf.fd().get();
        consumer = Native.mmap(page, Native.PROT_READ | Native.PROT_WRITE, fd, 0);
        producer = Native.mmap(page + 2 * size, Native.PROT_READ, fd, page);
        data = producer.share(page);
        epoll = Native.epollCreate();
        Native.epollAdd(epoll, fd, 0);
    }

    @Override public synchronized long poll(int timeoutMs, int max, Consumer<byte[]> sink) {
        if (closed || max <= 0) return 0;
        int n = drain(sink, max);
        if (n == 0) {
            Native.epollWait(epoll, events, 4, timeoutMs);
            drain(sink, max);
        }
        return 0;
    }

    /**
     * Consumes committed records, at most {@code max}; returns how many records (or discarded slots) it consumed.
     * The committed range is copied in one go (the data area is mapped twice, so it is contiguous) and parsed
     * here: one native read per batch, not per record.
     */
    private int drain(Consumer<byte[]> sink, int max) {
        int taken = 0;
        long cons = consumer.getLong(0);
        while (true) {
            VarHandle.acquireFence();
            long prod = producer.getLong(0);
            VarHandle.acquireFence();
            if (cons >= prod) break;
            if (prod - cons > size - size / 16) fullSeen++;
            int avail = (int) Math.min(prod - cons, size);
            byte[] chunk = data.getByteArray(cons & mask, avail);
            ByteBuffer b = ByteBuffer.wrap(chunk).order(ByteOrder.nativeOrder());
            int p = 0;
            boolean stop = false;
            while (p + HDR <= avail) {
                int hdr = b.getInt(p);
                if ((hdr & BUSY) != 0 || taken >= max) {
                    stop = true;
                    break;
                }
                int len = hdr & ~(BUSY | DISCARD);
                int total = (len + HDR + 7) & ~7;
                if (p + total > avail) break;
                if ((hdr & DISCARD) == 0) sink.accept(Arrays.copyOfRange(chunk, p + HDR, p + HDR + len));
                taken++;
                p += total;
            }
            if (p == 0) break;
            cons += p;
            VarHandle.releaseFence();
            consumer.setLong(0, cons);
            if (stop) break;
        }
        return taken;
    }

    @Override public long fullSeen() { return fullSeen; }

    @Override public synchronized void close() {
        if (closed) return;
        closed = true;
        Native.munmap(consumer, page);
        Native.munmap(producer, page + 2 * size);
        epoll.close();
    }
}
