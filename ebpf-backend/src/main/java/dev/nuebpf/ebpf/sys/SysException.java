package dev.nuebpf.ebpf.sys;

/** A failed system call: which operation, and errno with its symbolic name. */
public final class SysException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int errno;
    private final String op;

    public SysException(String op, int errno) {
        super(op + ": " + Errno.describe(errno));
        this.op = op;
        this.errno = errno;
    }

    public int errno() { return errno; }

    public String op() { return op; }
}
