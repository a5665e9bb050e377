package dev.nuebpf.ebpf.read;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.nuebpf.ebpf.maps.BpfMap;
import dev.nuebpf.ebpf.maps.Cpus;
import dev.nuebpf.ebpf.sys.Fd;
import dev.nuebpf.ebpf.sys.Native;
import dev.nuebpf.ebpf.sys.PerfEvent;
import dev.nuebpf.ebpf.sys.PerfEventAttr;
import dev.nuebpf.ebpf.sys.SysException;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a BPF perf event array: one BPF-output perf event per CPU, each with its own mmap'd ring
 * (a metadata page, then 2^n data pages). The array's slot for a CPU holds that CPU's event fd.
 * PERF_RECORD_LOST records are counted as lost events.
 */
public final class PerfBufReader implements RecordSource {
    private static final int RECORD_LOST = 2, RECORD_SAMPLE = 9;
    private static final int HEAD = 1024, TAIL = 1032;

    private record CpuBuf(Fd event, Pointer base) {}

    private final List<CpuBuf> bufs = new ArrayList<>();
    private final long page;
    private final long dataSize;
    private final Fd epoll;
    private final Memory events;
    private boolean closed;

    public PerfBufReader(BpfMap array, int pagesPerCpu) {
        page = Native.pageSize();
        dataSize = page * pagesPerCpu;
        epoll = Native.epollCreate();
        int n = Cpus.possible();
        events = new Memory((long) Native.EPOLL_EVENT_SIZE * Math.max(1, n));
        try {
            for (int cpu = 0; cpu < n; cpu++) {
                Fd ev;
                try {
                    ev = PerfEvent.open(PerfEventAttr.bpfOutput(1), -1, cpu);
                } catch (SysException e) {
                    continue; // offline CPU: nothing will be written for it
                }
                Pointer base;
                try {
                    base = Native.mmap(page + dataSize, Native.PROT_READ | Native.PROT_WRITE, ev.get(), 0);
                } catch (SysException e) {
                    ev.close();
                    throw e;
                }
                bufs.add(new CpuBuf(ev, base));
                byte[] key = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(cpu).array();
                byte[] val = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(ev.get()).array();
                array.update(key, val);
                Native.epollAdd(epoll, ev.get(), cpu);
                PerfEvent.enable(ev);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override public synchronized long poll(int timeoutMs, int max, Consumer<byte[]> sink) {
        if (closed || max <= 0) return 0;
        int[] left = {max};
        long lost = drainAll(sink, left);
        if (lost == 0 && left[0] == max && !anyData()) {
            Native.epollWait(epoll, events, Math.max(1, bufs.size()), timeoutMs);
            lost += drainAll(sink, left);
        }
        return lost;
    }

    private boolean anyData() {
        for (CpuBuf b : bufs) if (b.base().getLong(HEAD) != b.base().getLong(TAIL)) return true;
        return false;
    }

    /** Drains every CPU's buffer while {@code left[0]} samples may still be handed over (counted down). */
    private long drainAll(Consumer<byte[]> sink, int[] left) {
        long lost = 0;
        for (CpuBuf b : bufs) lost += drain(b.base(), sink, left);
        return lost;
    }

    private long drain(Pointer base, Consumer<byte[]> sink, int[] left) {
        long lost = 0;
        long head = base.getLong(HEAD);
        VarHandle.acquireFence();
        long tail = base.getLong(TAIL);
        Pointer data = base.share(page);
        while (tail < head) {
            byte[] hdr = read(data, tail, 8);
            ByteBuffer h = ByteBuffer.wrap(hdr).order(ByteOrder.nativeOrder());
            int type = h.getInt(0), size = Short.toUnsignedInt(h.getShort(6));
            if (size < 8) break;
            if (type == RECORD_SAMPLE && left[0] <= 0) break;  // the rest waits in the kernel buffer
            byte[] rec = read(data, tail, size);
            ByteBuffer r = ByteBuffer.wrap(rec).order(ByteOrder.nativeOrder());
            if (type == RECORD_SAMPLE && size >= 12) {
                int raw = r.getInt(8);
                byte[] out = new byte[Math.min(raw, size - 12)];
                System.arraycopy(rec, 12, out, 0, out.length);
                sink.accept(out);
                left[0]--;
            } else if (type == RECORD_LOST && size >= 24) {
                lost += r.getLong(16);
            }
            tail += size;
        }
        VarHandle.releaseFence();
        base.setLong(TAIL, tail);
        return lost;
    }

    /** Copies {@code n} bytes at ring position {@code pos}, wrapping at the end of the data area. */
    private byte[] read(Pointer data, long pos, int n) {
        byte[] out = new byte[n];
        long off = pos % dataSize;
        int first = (int) Math.min(n, dataSize - off);
        data.read(off, out, 0, first);
        if (first < n) data.read(0, out, first, n - first);
        return out;
    }

    @Override public synchronized void close() {
        if (closed) return;
        closed = true;
        for (CpuBuf b : bufs) {
            Native.munmap(b.base(), page + dataSize);
            b.event().close();
        }
        epoll.close();
    }
}
