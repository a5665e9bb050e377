package dev.nuebpf.ebpf;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.compile.CompileOptions;
import dev.nuebpf.ebpf.compile.CompiledProbe;
import dev.nuebpf.ebpf.compile.MapType;
import dev.nuebpf.ebpf.compile.ProbeCompiler;
import dev.nuebpf.ebpf.link.AttachPlan;
import dev.nuebpf.ebpf.link.Attacher;
import dev.nuebpf.ebpf.probe.ProbeSpec;
import dev.nuebpf.ebpf.runtime.KernelFeatures;
import dev.nuebpf.ebpf.runtime.Probe;
import dev.nuebpf.ebpf.runtime.ProbeLauncher;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code ebpf attach}: compile a closure for a probe, load it, attach it, return its id. */
final class EbpfAttachCommand implements Command {
    /**
     * Bursts of millions of events per second happen (a tight syscall loop); the reader queue is kept small, so the
     * ring holds the backlog: 32 MiB, ~1M 32-byte events (bench: a 1M-call burst delivered with no loss; 8 MiB lost half).
     */
    static final int RING_BYTES = 32 << 20;
    static final CompileOptions OPTIONS = new CompileOptions(MapType.RINGBUF, RING_BYTES, CompileOptions.DEFAULT.counterEntries(),
            CompileOptions.DEFAULT.timerEntries(), CompileOptions.DEFAULT.programName(), CompileOptions.DEFAULT.stringBytes());

    @Override public Signature signature() {
        return Signature.build("ebpf attach", Category.EBPF)
                .description("Compile a closure to eBPF and attach it to a probe; returns the probe's id.")
                .extraDescription("Probes: kprobe:<fn>, kretprobe:<fn>, tracepoint:<category>/<name>, raw_tracepoint:<name>, "
                        + "uprobe:<path>:<symbol>, uretprobe:<path>:<symbol>. On kernels without kprobes, kernel functions that "
                        + "implement a system call (ksys_read, do_sys_openat2, __x64_sys_*, ...) are attached to the system "
                        + "call's tracepoint instead, with a notice.")
                .required("probe", SyntaxShape.STRING, "The probe, as type:target.")
                .required("closure", SyntaxShape.CLOSURE, "The code to run in the kernel on each hit.")
                .switchFlag("dry-run", "Compile only and return the ELF object (as binary) without loading it.", 'n')
                .switchFlag("disasm", "Compile only and return a readable disassembly of the program.", 'd')
                .io("nothing", "int").io("nothing", "binary").io("nothing", "string")
                .searchTerms("bpf", "trace", "kprobe", "tracepoint", "probe");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.parseOnly("Emit the pid of every process that reads", "ebpf attach 'kprobe:ksys_read' {|| bpf-tgid | bpf-emit }"),
                Example.parseOnly("Count reads per process name", "ebpf attach 'tracepoint:syscalls/sys_enter_read' {|| bpf-comm | bpf-count }"),
                Example.parseOnly("Write the compiled object to a file",
                        "ebpf attach --dry-run 'kprobe:ksys_read' {|| bpf-tgid | bpf-emit } | save probe.elf"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Span specSpan = call.positionalSpan(0);
        ProbeSpec spec = ProbeSpec.parse(call.stringArg(0), specSpan);
        Value.ClosureV closure = call.closureArg(1);
        Span closureSpan = call.positionalSpan(1);
        boolean dry = call.has("dry-run"), disasm = call.has("disasm");
        CompileOptions opts = OPTIONS;
        if (dry && !disasm) return PipelineData.of(new Value.Binary(ProbeCompiler.compile(spec.defaultTarget(), closure, opts).elf()));
        if (!disasm) Privileges.require("ebpf attach", specSpan);
        AttachPlan plan;
        try {
            plan = Attacher.plan(spec);
        } catch (RuntimeException e) {
            if (disasm) plan = new AttachPlan(spec, spec.defaultTarget(), List.of(), null);
            else throw EbpfErrors.of(e, specSpan, closureSpan, null);
        }
        if (!disasm && !KernelFeatures.ringbuf()) opts = opts.withEventsMap(MapType.PERF_EVENT_ARRAY);
        CompiledProbe compiled = ProbeCompiler.compile(plan.target(), closure, opts);
        if (disasm) return PipelineData.of(Value.of(compiled.disassembly()));
        Probe p;
        try {
            p = ProbeLauncher.launch(Probes.registry(call), plan, compiled);
        } catch (RuntimeException e) {
            throw EbpfErrors.of(e, specSpan, closureSpan, compiled);
        }
        if (plan.notice() != null) call.engine().stderr().println(plan.notice());
        return PipelineData.of(Value.of(p.id()));
    }
}
