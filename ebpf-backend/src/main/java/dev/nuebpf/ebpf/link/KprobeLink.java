package dev.nuebpf.ebpf.link;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.nuebpf.ebpf.sys.Fd;
import dev.nuebpf.ebpf.sys.PerfEvent;
import dev.nuebpf.ebpf.sys.PerfEventAttr;
import dev.nuebpf.ebpf.sys.SysException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * kprobe / kretprobe on a kernel function: through the kprobe PMU when the kernel has it, else by
 * creating a legacy probe event in {@code kprobe_events}. (Kernels without either are handled by
 * {@link Attacher}, which falls back to syscall tracepoints where that keeps the meaning.)
 */
public final class KprobeLink {
    private KprobeLink() {}

    private static final AtomicInteger SEQ = new AtomicInteger();

    public static Link attach(String function, boolean ret, Fd prog) {
        String what = (ret ? "kretprobe " : "kprobe ") + function;
        if (!Kallsyms.exists(function))
            throw new AttachException("kernel function '" + function + "' does not exist (not in /proc/kallsyms)",
                    Suggest.didYouMean(Suggest.near(function, Kallsyms.functions(), 4)));
        if (KprobeSupport.hasPmu()) {
            Memory name = cString(function);
            PerfEventAttr attr = pmuAttr(KprobeSupport.pmuType(KprobeSupport.PMU),
                    ret ? KprobeSupport.retprobeBit(KprobeSupport.PMU) : -1, Pointer.nativeValue(name), 0);
            Fd ev;
            try {
                ev = PerfEvent.open(attr, -1, 0);
            } catch (SysException e) {
                throw new AttachException("creating " + what + " failed: " + e.getMessage(),
                        "the function may be inlined, notrace or blacklisted for kprobes", e);
            } finally {
                java.lang.ref.Reference.reachabilityFence(name);
            }
            return PerfEventLink.attach(ev, prog, "kprobe PMU", null);
        }
        return attachLegacy(function, ret, prog, what);
    }

    /** The perf_event_attr for the kprobe PMU (unit-tested: this CI kernel cannot open it). */
    public static PerfEventAttr pmuAttr(int pmuType, int retBit, long functionNamePtr, long offset) {
        return PerfEventAttr.probePmu(pmuType, retBit, functionNamePtr, offset);
    }

    /** The line written to {@code kprobe_events} to create a legacy probe event. */
    public static String legacyDefinition(boolean ret, String group, String event, String function) {
        return (ret ? "r" : "p") + ":" + group + "/" + event + " " + function;
    }

    static String legacyEventName(String function) {
        return "nuebpf_" + ProcessHandle.current().pid() + "_" + SEQ.incrementAndGet() + "_" + function.replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static volatile boolean staleRemoved;

    /**
     * Removes legacy probe events left by nu-ebpf processes that died without cleaning up (SIGKILL): their
     * names carry the owner's pid.
     */
    static void removeStale(Path events) {
        if (staleRemoved) return;
        staleRemoved = true;
        try {
            for (String line : Files.readAllLines(events)) {
                int g = line.indexOf("nuebpf/nuebpf_");
                if (g < 0) continue;
                String name = line.substring(g).split("\\s")[0];
                String[] parts = name.substring("nuebpf/nuebpf_".length()).split("_");
                long pid = Long.parseLong(parts[0]);
                if (ProcessHandle.of(pid).isEmpty()) Files.writeString(events, "-:" + name + "\n", StandardOpenOption.APPEND);
            }
        } catch (IOException | RuntimeException ignored) {
            // best effort: a stale entry only costs a little kernel memory
        }
    }

    private static Link attachLegacy(String function, boolean ret, Fd prog, String what) {
        Path events = Tracefs.root().resolve("kprobe_events");
        removeStale(events);
        String group = "nuebpf", event = legacyEventName(function);
        try {
            Files.writeString(events, legacyDefinition(ret, group, event, function) + "\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new AttachException("creating " + what + " in " + events + " failed: " + e.getMessage(),
                    "the function may be inlined, notrace or blacklisted for kprobes", e);
        }
        Runnable remove = () -> {
            try {
                Files.writeString(events, "-:" + group + "/" + event + "\n", StandardOpenOption.APPEND);
            } catch (IOException ignored) {
                // nothing more we can do; the entry is named after our pid so it is recognisable
            }
        };
        long id = Tracefs.tracepointId(group, event);
        if (id < 0) {
            remove.run();
            throw new AttachException("the legacy probe event for " + what + " was not created", null);
        }
        try {
            Fd ev = PerfEvent.open(PerfEventAttr.tracepoint(id), -1, 0);
            return PerfEventLink.attach(ev, prog, "kprobe_events " + group + "/" + event, remove);
        } catch (SysException e) {
            remove.run();
            throw new AttachException("perf_event_open for " + what + " failed: " + e.getMessage(), null, e);
        }
    }

    static Memory cString(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Memory m = new Memory(b.length + 1);
        m.write(0, b, 0, b.length);
        m.setByte(b.length, (byte) 0);
        return m;
    }
}
