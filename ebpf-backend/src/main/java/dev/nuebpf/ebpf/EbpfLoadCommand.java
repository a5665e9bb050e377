package dev.nuebpf.ebpf;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.compile.CompiledProbe;
import dev.nuebpf.ebpf.compile.MapRole;
import dev.nuebpf.ebpf.compile.MapSpec;
import dev.nuebpf.ebpf.compile.MapType;
import dev.nuebpf.ebpf.link.AttachException;
import dev.nuebpf.ebpf.link.AttachPlan;
import dev.nuebpf.ebpf.link.Attacher;
import dev.nuebpf.ebpf.load.MapDef;
import dev.nuebpf.ebpf.load.ObjectReader;
import dev.nuebpf.ebpf.load.ObjectSpec;
import dev.nuebpf.ebpf.load.ProgDef;
import dev.nuebpf.ebpf.probe.ProbeSpec;
import dev.nuebpf.ebpf.probe.ProgType;
import dev.nuebpf.ebpf.runtime.Probe;
import dev.nuebpf.ebpf.runtime.ProbeLauncher;
import dev.nuebpf.ebpf.sys.Bpf;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ebpf load}: load and attach an ELF object built elsewhere (e.g. {@code clang -target bpf}, or a file
 * {@code ebpf attach --dry-run} saved). Its single program is attached by its section name; events from its
 * ring buffer or perf event array arrive as raw bytes ({@code {raw: binary}}) since there is no schema.
 */
final class EbpfLoadCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("ebpf load", Category.EBPF)
                .description("Load an eBPF ELF object and attach its program by its section name; returns the probe id.")
                .extraDescription("Sections: kprobe/<fn>, kretprobe/<fn>, tracepoint/<category>/<name>, raw_tracepoint/<name>, "
                        + "uprobe/<path>:<symbol>. Maps are libbpf-style (.maps described by .BTF).")
                .required("file", SyntaxShape.FILEPATH, "The object file.")
                .io("nothing", "int");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("Load an object compiled by clang", "ebpf load counter.bpf.o"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Span at = call.positionalSpan(0);
        Path file = call.engine().cwd().resolve(call.stringArg(0));
        byte[] elf;
        try {
            elf = Files.readAllBytes(file);
        } catch (IOException e) {
            throw EbpfErrors.diag("nu::shell::io_error", "Cannot read the object.", at, "cannot read " + file + ": " + e.getMessage(), null);
        }
        try {
            ObjectSpec spec = ObjectReader.read(elf);
            if (spec.programs().size() != 1)
                throw EbpfErrors.diag(EbpfErrors.OBJECT, "Invalid eBPF object.", at,
                        "the object has " + spec.programs().size() + " programs; `ebpf load` attaches objects with exactly one", null);
            ProgDef prog = spec.programs().get(0);
            ProbeSpec ps = ProbeSpec.parse(specFor(prog.section()), at);
            AttachPlan plan = Attacher.plan(ps);
            if (plan.isFallback() && prog.progType() == ProgType.KPROBE.id)
                throw new AttachException("this kernel has no kprobes (CONFIG_KPROBES) and the object's program is a kprobe program",
                        "build it for the syscall tracepoint instead: SEC(\"tracepoint/" + plan.tracepoints().get(0) + "\")");
            List<MapSpec> maps = new ArrayList<>();
            for (MapDef d : spec.maps()) {
                if (d.type() == Bpf.MAP_RINGBUF) maps.add(new MapSpec(d.name(), MapType.RINGBUF, 0, 0, d.maxEntries(), MapRole.EVENTS));
                else if (d.type() == Bpf.MAP_PERF_EVENT_ARRAY)
                    maps.add(new MapSpec(d.name(), MapType.PERF_EVENT_ARRAY, 4, 4, d.maxEntries(), MapRole.EVENTS));
                if (maps.size() == 1) break;
            }
            CompiledProbe cp = new CompiledProbe(elf, plan.target(), prog.name(), maps, null, null, "", prog.insnCount(), List.of());
            Probe p = ProbeLauncher.launch(Probes.registry(call), plan, cp);
            if (plan.notice() != null) call.engine().stderr().println(plan.notice());
            return PipelineData.of(Value.of(p.id()));
        } catch (RuntimeException e) {
            throw EbpfErrors.of(e, at, null, null);
        }
    }

    /** {@code tracepoint/syscalls/sys_enter_read} → {@code tracepoint:syscalls/sys_enter_read}, and so on. */
    static String specFor(String section) {
        int slash = section.indexOf('/');
        if (slash < 0) return section;
        String kind = section.substring(0, slash), rest = section.substring(slash + 1);
        return switch (kind) {
            case "tp" -> "tracepoint:" + rest;
            case "raw_tp" -> "raw_tracepoint:" + rest;
            default -> kind + ":" + rest;
        };
    }
}
