package dev.nuebpf.ebpf.helpers;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The probe context of a plain script: this JVM process and the calling thread, read the way the kernel helpers
 * would see them (tgid, tid from /proc/thread-self, real uid, the thread's comm, CLOCK_MONOTONIC). There are no
 * probe arguments; user memory is this process's own (/proc/self/mem); kernel memory is not readable.
 */
public final class LiveContext implements ProbeContext {
    private static final int CLOCK_MONOTONIC = 1;

    interface CLib extends Library {
        int clock_gettime(int clock, long[] timespec);
    }

    private static volatile CLib clib;
    private static volatile boolean clibFailed;

    @Override public long tgid() { return ProcessHandle.current().pid(); }

    @Override public long pidTgid() { return tgid() << 32 | tid(); }

    /** The calling thread's kernel id: /proc/thread-self links to {@code <tgid>/task/<tid>}. */
    static long tid() {
        try {
            Path p = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            return Long.parseLong(p.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().pid();
        }
    }

    @Override public long uid() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status")))
                if (l.startsWith("Uid:")) return Long.parseLong(l.substring(4).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return -1;
    }

    /**
     * CLOCK_MONOTONIC through clock_gettime (the clock bpf_ktime_get_ns reads). If libc cannot be bound, falls back to
     * System.nanoTime, which HotSpot on Linux also takes from CLOCK_MONOTONIC.
     */
    @Override public long ktime() {
        CLib c = lib();
        if (c != null) {
            long[] ts = new long[2];
            if (c.clock_gettime(CLOCK_MONOTONIC, ts) == 0) return ts[0] * 1_000_000_000L + ts[1];
        }
        return System.nanoTime();
    }

    private static CLib lib() {
        if (clib == null && !clibFailed) {
            try {
                dev.nuebpf.ebpf.sys.JnaSetup.prepare();
                clib = Native.load(dev.nuebpf.ebpf.sys.JnaSetup.libc(), CLib.class);
            } catch (Throwable t) { // UnsatisfiedLinkError or JNA's own errors: use the fallback clock
                clibFailed = true;
            }
        }
        return clib;
    }

    @Override public String comm() {
        try {
            return Files.readString(Path.of("/proc/thread-self/comm")).strip();
        } catch (IOException e) {
            return "java";
        }
    }

    @Override public Long arg(int n) { return null; }

    @Override public Long retval() { return null; }

    @Override public String readString(long address, boolean user, int max) {
        if (!user || address == 0) return null;
        try (RandomAccessFile f = new RandomAccessFile("/proc/self/mem", "r")) {
            f.seek(address);
            byte[] b = new byte[max];
            int n = f.read(b, 0, max - 1);
            int end = 0;
            while (end < Math.max(n, 0) && b[end] != 0) end++;
            return new String(b, 0, end, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
