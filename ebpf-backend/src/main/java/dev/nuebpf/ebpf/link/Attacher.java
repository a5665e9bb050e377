package dev.nuebpf.ebpf.link;

import dev.nuebpf.ebpf.probe.ProbeKind;
import dev.nuebpf.ebpf.probe.ProbeSpec;
import dev.nuebpf.ebpf.probe.ProgramTarget;
import dev.nuebpf.ebpf.sys.Fd;
import java.util.ArrayList;
import java.util.List;

/** Plans ({@link #plan}) and performs ({@link #attach}) the attachment of a probe spec. */
public final class Attacher {
    private Attacher() {}

    /** Decides the target; checks that the attach point exists, with suggestions when it does not. */
    public static AttachPlan plan(ProbeSpec spec) {
        return plan(spec, KprobeSupport.available());
    }

    static AttachPlan plan(ProbeSpec spec, boolean kprobes) {
        switch (spec.kind()) {
            case KPROBE, KRETPROBE -> {
                boolean ret = spec.kind() == ProbeKind.KRETPROBE;
                if (kprobes) {
                    if (!Kallsyms.exists(spec.name()))
                        throw new AttachException("kernel function '" + spec.name() + "' does not exist (not in /proc/kallsyms)",
                                Suggest.didYouMean(Suggest.near(spec.name(), Kallsyms.functions(), 4)));
                    return new AttachPlan(spec, spec.defaultTarget(), List.of(), null);
                }
                List<String> syscalls = new ArrayList<>();
                for (String s : SyscallFallback.syscallsFor(spec.name()))
                    if (Tracefs.tracepointId("syscalls", (ret ? "sys_exit_" : "sys_enter_") + s) >= 0) syscalls.add(s);
                if (syscalls.isEmpty()) {
                    List<String> alt = SyscallFallback.alternatives(spec.name(), ret);
                    throw new AttachException("this kernel has no kprobes (it was built without CONFIG_KPROBES), so `"
                            + spec.text() + "` cannot be attached",
                            (alt.isEmpty() ? "use a tracepoint instead (`ebpf attach 'tracepoint:<category>/<name>'`)"
                                    : "tracepoints that could serve: " + String.join(", ", alt.stream().map(a -> "`tracepoint:" + a + "`").toList()))
                                    + "; kernel functions that implement a system call (ksys_read, do_sys_openat2, __x64_sys_*, ...)"
                                    + " are attached to the syscall's tracepoint automatically");
                }
                List<String> tps = syscalls.stream().map(s -> "syscalls/sys_" + (ret ? "exit_" : "enter_") + s).toList();
                String notice = "note: this kernel has no kprobes (CONFIG_KPROBES); `" + spec.text() + "` runs on tracepoint "
                        + String.join(" and ", tps) + " instead (" + (ret ? "bpf-retval is the syscall's return value" : "bpf-arg n is the syscall's argument n") + ")";
                return new AttachPlan(spec, ProgramTarget.syscallTracepoint(syscalls.get(0), ret), tps, notice);
            }
            case TRACEPOINT -> {
                if (Tracefs.tracepointId(spec.category(), spec.name()) < 0) {
                    String wanted = spec.category() + "/" + spec.name();
                    throw new AttachException("tracepoint '" + wanted + "' does not exist",
                            Suggest.didYouMean(Suggest.near(wanted, Tracefs.allTracepoints(), 4)));
                }
                return new AttachPlan(spec, spec.defaultTarget(), List.of(spec.category() + "/" + spec.name()), null);
            }
            case UPROBE, URETPROBE -> {
                UprobeLink.symbolOffset(UprobeLink.resolve(spec.path()), spec.name());
                return new AttachPlan(spec, spec.defaultTarget(), List.of(), null);
            }
            default -> {
                return new AttachPlan(spec, spec.defaultTarget(), List.of(), null);
            }
        }
    }

    /** Attaches a loaded program as planned; on failure, whatever was attached is detached again. */
    public static List<Link> attach(AttachPlan plan, Fd prog) {
        ProbeSpec spec = plan.spec();
        List<Link> links = new ArrayList<>();
        try {
            switch (spec.kind()) {
                case KPROBE, KRETPROBE -> {
                    if (plan.isFallback()) {
                        for (String tp : plan.tracepoints()) links.add(attachTracepoint(tp, prog, "no kprobes: tracepoint " + tp));
                    } else {
                        links.add(KprobeLink.attach(spec.name(), spec.kind() == ProbeKind.KRETPROBE, prog));
                    }
                }
                case TRACEPOINT -> links.add(TracepointLink.attach(spec.category(), spec.name(), prog));
                case RAW_TRACEPOINT -> links.add(RawTracepointLink.attach(spec.name(), prog));
                case UPROBE, URETPROBE -> links.add(UprobeLink.attach(spec.path(), spec.name(), spec.kind() == ProbeKind.URETPROBE, prog));
            }
            return links;
        } catch (RuntimeException e) {
            for (Link l : links) l.close();
            throw e;
        }
    }

    private static Link attachTracepoint(String tp, Fd prog, String description) {
        int slash = tp.indexOf('/');
        String cat = tp.substring(0, slash), name = tp.substring(slash + 1);
        return TracepointLink.attach(cat, name, prog, description);
    }
}
