package dev.nuebpf.ebpf.sys;

import java.util.Map;

/** Symbolic names and meanings of the errno values the bpf and perf syscalls return. */
public final class Errno {
    private Errno() {}

    public static final int EPERM = 1, ENOENT = 2, ESRCH = 3, EINTR = 4, E2BIG = 7, EBADF = 9, EAGAIN = 11,
            ENOMEM = 12, EACCES = 13, EFAULT = 14, EBUSY = 16, EEXIST = 17, ENODEV = 19, EINVAL = 22,
            ENOSPC = 28, ENOSYS = 38, EOPNOTSUPP = 95;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(EPERM, "EPERM (operation not permitted)"), Map.entry(ENOENT, "ENOENT (no such file or entry)"),
            Map.entry(ESRCH, "ESRCH (no such process)"), Map.entry(EINTR, "EINTR (interrupted)"),
            Map.entry(E2BIG, "E2BIG (argument list too long)"), Map.entry(EBADF, "EBADF (bad file descriptor)"),
            Map.entry(EAGAIN, "EAGAIN (try again)"), Map.entry(ENOMEM, "ENOMEM (out of memory)"),
            Map.entry(EACCES, "EACCES (permission denied)"), Map.entry(EFAULT, "EFAULT (bad address)"),
            Map.entry(EBUSY, "EBUSY (busy)"), Map.entry(EEXIST, "EEXIST (exists)"),
            Map.entry(ENODEV, "ENODEV (no such device)"), Map.entry(EINVAL, "EINVAL (invalid argument)"),
            Map.entry(ENOSPC, "ENOSPC (no space)"), Map.entry(ENOSYS, "ENOSYS (not implemented)"),
            Map.entry(EOPNOTSUPP, "EOPNOTSUPP (not supported)"));

    public static String describe(int errno) {
        return NAMES.getOrDefault(errno, "errno " + errno);
    }
}
