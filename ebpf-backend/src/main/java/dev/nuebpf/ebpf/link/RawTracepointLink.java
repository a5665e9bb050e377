package dev.nuebpf.ebpf.link;

import dev.nuebpf.ebpf.sys.Bpf;
import dev.nuebpf.ebpf.sys.Fd;
import dev.nuebpf.ebpf.sys.SysException;

/** A raw tracepoint (BPF_RAW_TRACEPOINT_OPEN): the returned fd is the attachment. */
public final class RawTracepointLink implements Link {
    private final Fd fd;
    private final String name;

    private RawTracepointLink(Fd fd, String name) {
        this.fd = fd;
        this.name = name;
    }

    public static Link attach(String name, Fd prog) {
        try {
            return new RawTracepointLink(Bpf.rawTracepointOpen(name, prog), name);
        } catch (SysException e) {
            throw new AttachException("raw tracepoint '" + name + "' could not be attached: " + e.getMessage(),
                    e.errno() == dev.nuebpf.ebpf.sys.Errno.ENOENT ? "raw tracepoints are named without category, e.g. `raw_tracepoint:sys_enter`" : null, e);
        }
    }

    @Override public String describe() { return "raw tracepoint"; }

    @Override public void close() { fd.close(); }
}
