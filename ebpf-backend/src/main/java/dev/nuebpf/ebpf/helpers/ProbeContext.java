package dev.nuebpf.ebpf.helpers;

/**
 * What the bpf-* helpers read when they run in the interpreter: either the live JVM process ({@link LiveContext})
 * or a mock record given to {@code ebpf simulate}. The kernel program reads the same things from the task and the
 * program context.
 */
public interface ProbeContext {
    long tgid();

    /** {@code tgid << 32 | tid}, as bpf_get_current_pid_tgid returns it. */
    long pidTgid();

    long uid();

    /** CLOCK_MONOTONIC in nanoseconds. */
    long ktime();

    /** The task's comm (at most 15 bytes). */
    String comm();

    /** Argument n, or null when the context has none (the helper then raises an error). */
    Long arg(int n);

    /** The return value, or null when the context has none. */
    Long retval();

    /** The NUL-terminated string at {@code address} (user or kernel memory), at most {@code max - 1} bytes, or null. */
    String readString(long address, boolean user, int max);
}
