package dev.nuebpf.ebpf.sys;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;

/** Thin, typed wrappers over {@link LibC}: every failure becomes a {@link SysException} naming the operation. */
public final class Native {
    private Native() {}

    private static final boolean AARCH64 = System.getProperty("os.arch", "").contains("aarch64");
    static final long SYS_BPF = AARCH64 ? 280 : 321;
    static final long SYS_PERF_EVENT_OPEN = AARCH64 ? 241 : 298;

    public static final int PROT_READ = 1, PROT_WRITE = 2, MAP_SHARED = 1;
    public static final int EPOLL_CLOEXEC = 0x80000, EPOLLIN = 1, EPOLL_CTL_ADD = 1;
    /** struct epoll_event is packed on x86_64 (12 bytes) but naturally aligned elsewhere (16). */
    public static final int EPOLL_EVENT_SIZE = AARCH64 ? 16 : 12;
    private static final int RLIMIT_MEMLOCK = 8;

    public static boolean isAarch64() { return AARCH64; }

    public static long syscall(String op, long nr, long a1, long a2, long a3, long a4, long a5) {
        try {
            return LibC.INSTANCE.syscall(nr, a1, a2, a3, a4, a5);
        } catch (LastErrorException e) {
            throw new SysException(op, e.getErrorCode());
        }
    }

    public static int ioctl(String op, int fd, long request, long arg) {
        try {
            return LibC.INSTANCE.ioctl(fd, request, arg);
        } catch (LastErrorException e) {
            throw new SysException(op, e.getErrorCode());
        }
    }

    public static Pointer mmap(long length, int prot, int fd, long offset) {
        try {
            return LibC.INSTANCE.mmap(null, length, prot, MAP_SHARED, fd, offset);
        } catch (LastErrorException e) {
            throw new SysException("mmap", e.getErrorCode());
        }
    }

    public static void munmap(Pointer p, long length) {
        try {
            LibC.INSTANCE.munmap(p, length);
        } catch (LastErrorException e) {
            throw new SysException("munmap", e.getErrorCode());
        }
    }

    static void close(int fd) {
        try {
            LibC.INSTANCE.close(fd);
        } catch (LastErrorException ignored) {
            // close errors leave nothing to recover: the fd is gone either way
        }
    }

    public static Fd epollCreate() {
        try {
            return new Fd(LibC.INSTANCE.epoll_create1(EPOLL_CLOEXEC));
        } catch (LastErrorException e) {
            throw new SysException("epoll_create1", e.getErrorCode());
        }
    }

    /** Registers {@code fd} for input readiness; {@code data} comes back from {@link #epollWait}. */
    public static void epollAdd(Fd epoll, int fd, long data) {
        Memory ev = new Memory(16);
        ev.clear();
        ev.setInt(0, EPOLLIN);
        ev.setLong(AARCH64 ? 8 : 4, data);
        try {
            LibC.INSTANCE.epoll_ctl(epoll.get(), EPOLL_CTL_ADD, fd, ev);
        } catch (LastErrorException e) {
            throw new SysException("epoll_ctl", e.getErrorCode());
        }
    }

    /** Waits up to {@code timeoutMs}; returns the number of ready fds (0 on timeout or EINTR). */
    public static int epollWait(Fd epoll, Memory events, int max, int timeoutMs) {
        try {
            return LibC.INSTANCE.epoll_wait(epoll.get(), events, max, timeoutMs);
        } catch (LastErrorException e) {
            if (e.getErrorCode() == Errno.EINTR) return 0;
            throw new SysException("epoll_wait", e.getErrorCode());
        }
    }

    public static void mount(String source, String target, String fstype) {
        try {
            LibC.INSTANCE.mount(source, target, fstype, 0, null);
        } catch (LastErrorException e) {
            throw new SysException("mount " + fstype + " on " + target, e.getErrorCode());
        }
    }

    public static int pageSize() { return LibC.INSTANCE.getpagesize(); }

    /**
     * Tries to lift RLIMIT_MEMLOCK for kernels that still charge BPF memory to it (before 5.11).
     * Failure is expected where root lacks CAP_SYS_RESOURCE and is not an error: newer kernels charge the cgroup.
     */
    public static boolean tryRaiseMemlock() {
        Memory lim = new Memory(16);
        lim.setLong(0, -1L);
        lim.setLong(8, -1L);
        try {
            LibC.INSTANCE.setrlimit(RLIMIT_MEMLOCK, lim);
            return true;
        } catch (LastErrorException e) {
            return false;
        }
    }
}
