package dev.nuebpf.ebpf.sys;

import java.util.concurrent.atomic.AtomicInteger;

/** An owned file descriptor, closed exactly once (double close could close someone else's reused fd). */
public final class Fd implements AutoCloseable {
    private final AtomicInteger fd;

    public Fd(int fd) { this.fd = new AtomicInteger(fd); }

    /** The raw number; -1 once closed. */
    public int get() {
        int v = fd.get();
        if (v < 0) throw new IllegalStateException("fd already closed");
        return v;
    }

    public boolean isOpen() { return fd.get() >= 0; }

    @Override public void close() {
        int v = fd.getAndSet(-1);
        if (v >= 0) Native.close(v);
    }

    @Override public String toString() { return "fd " + fd.get(); }
}
