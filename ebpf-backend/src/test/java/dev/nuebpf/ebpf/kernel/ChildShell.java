package dev.nuebpf.ebpf.kernel;

import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.compile.CompiledProbe;
import dev.nuebpf.ebpf.compile.CounterKeyKind;
import dev.nuebpf.ebpf.compile.MapRole;
import dev.nuebpf.ebpf.compile.MapSpec;
import dev.nuebpf.ebpf.compile.MapType;
import dev.nuebpf.ebpf.link.AttachPlan;
import dev.nuebpf.ebpf.link.Attacher;
import dev.nuebpf.ebpf.probe.ProbeSpec;
import dev.nuebpf.ebpf.runtime.Probe;
import dev.nuebpf.ebpf.runtime.ProbeLauncher;
import dev.nuebpf.ebpf.runtime.ProbeRegistry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A second "shell" in its own JVM for {@link ShellLifetimeTest}: attaches a counting probe (object path in
 * args[0]), prints {@code ready <prog id>}, then answers each stdin line with the workload's count; it ends
 * only by being killed, or at EOF (then the shutdown hook detaches).
 */
public final class ChildShell {
    public static void main(String[] args) throws Exception {
        byte[] elf = Files.readAllBytes(Path.of(args[0]));
        AttachPlan plan = Attacher.plan(ProbeSpec.parse("tracepoint:syscalls/sys_enter_getppid", Span.UNKNOWN));
        CompiledProbe cp = new CompiledProbe(elf, plan.target(), "counter", List.of(
                new MapSpec("counts", MapType.HASH, 16, 8, 1024, MapRole.COUNTERS)), null, CounterKeyKind.COMM, "", 0, List.of());
        ProbeRegistry reg = new ProbeRegistry();
        Probe p = ProbeLauncher.launch(reg, plan, cp);
        System.out.println("ready " + p.programId());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        while (in.readLine() != null) {
            long n = p.counters().stream().filter(c -> c.key().equals(dev.nuebpf.runtime.Value.of("nuwl_getppid")))
                    .mapToLong(Probe.Counter::count).sum();
            System.out.println(n);
            System.out.flush();
        }
    }
}
