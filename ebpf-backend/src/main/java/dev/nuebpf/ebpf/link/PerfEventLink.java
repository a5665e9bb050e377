package dev.nuebpf.ebpf.link;

import dev.nuebpf.ebpf.sys.Fd;
import dev.nuebpf.ebpf.sys.PerfEvent;
import dev.nuebpf.ebpf.sys.SysException;

/**
 * A program hung on a perf event (tracepoint, kprobe/uprobe PMU or legacy probe event) with
 * PERF_EVENT_IOC_SET_BPF. Closing disables and closes the event, then runs {@code cleanup}
 * (e.g. removing a legacy kprobe_events entry).
 */
final class PerfEventLink implements Link {
    private final Fd event;
    private final String description;
    private final Runnable cleanup;

    private PerfEventLink(Fd event, String description, Runnable cleanup) {
        this.event = event;
        this.description = description;
        this.cleanup = cleanup;
    }

    /** Attaches {@code prog} to an opened event; on failure closes the event and runs cleanup. */
    static PerfEventLink attach(Fd event, Fd prog, String description, Runnable cleanup) {
        try {
            PerfEvent.setBpf(event, prog);
            PerfEvent.enable(event);
            return new PerfEventLink(event, description, cleanup);
        } catch (SysException e) {
            event.close();
            if (cleanup != null) cleanup.run();
            throw new AttachException("attaching the program (" + description + ") failed: " + e.getMessage(),
                    "the program type must match the probe (kprobe/uprobe programs on kprobes and uprobes, tracepoint programs on tracepoints)", e);
        }
    }

    @Override public String describe() { return description; }

    @Override public void close() {
        if (!event.isOpen()) return;
        try {
            PerfEvent.disable(event);
        } catch (SysException ignored) {
            // closing the event detaches the program anyway
        }
        event.close();
        if (cleanup != null) cleanup.run();
    }
}
