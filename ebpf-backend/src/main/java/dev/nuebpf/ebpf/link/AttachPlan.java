package dev.nuebpf.ebpf.link;

import dev.nuebpf.ebpf.probe.ProbeSpec;
import dev.nuebpf.ebpf.probe.ProgramTarget;
import java.util.List;

/**
 * How a probe spec will really be attached on this kernel, decided before compiling (the program type and
 * context layout depend on it): the target to compile for, the tracepoints to attach a syscall fallback to,
 * and a one-line notice for the user when what happens differs from what they wrote.
 */
public record AttachPlan(ProbeSpec spec, ProgramTarget target, List<String> tracepoints, String notice) {
    public boolean isFallback() { return !tracepoints.isEmpty() && notice != null; }

}
