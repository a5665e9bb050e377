package dev.nuebpf.ebpf.link;

import dev.nuebpf.ebpf.sys.Fd;
import dev.nuebpf.ebpf.sys.PerfEvent;
import dev.nuebpf.ebpf.sys.PerfEventAttr;
import dev.nuebpf.ebpf.sys.SysException;

/**
 * A static tracepoint: perf_event_open on its id (from tracefs) for all processes on CPU 0 — enough,
 * because the kernel runs the programs of a tracepoint on every CPU whichever event they were set on.
 */
public final class TracepointLink {
    private TracepointLink() {}

    public static Link attach(String category, String name, Fd prog) {
        return attach(category, name, prog, "perf event on the tracepoint");
    }

    static Link attach(String category, String name, Fd prog, String description) {
        long id = Tracefs.tracepointId(category, name);
        if (id < 0) {
            String wanted = category + "/" + name;
            throw new AttachException("tracepoint '" + wanted + "' does not exist",
                    Suggest.didYouMean(Suggest.near(wanted, Tracefs.allTracepoints(), 4)));
        }
        Fd ev;
        try {
            ev = PerfEvent.open(PerfEventAttr.tracepoint(id), -1, 0);
        } catch (SysException e) {
            throw new AttachException("perf_event_open for tracepoint " + category + "/" + name + " failed: " + e.getMessage(),
                    "run as root (or with CAP_PERFMON)", e);
        }
        return PerfEventLink.attach(ev, prog, description, null);
    }
}
