package dev.nuebpf.ebpf.link;

/** An attached program. Closing detaches it and releases every fd and kernel event it created. */
public interface Link extends AutoCloseable {
    /** How it is attached, for {@code ebpf list} (e.g. "tracepoint syscalls/sys_enter_read (kprobe fallback)"). */
    String describe();

    @Override void close();
}
