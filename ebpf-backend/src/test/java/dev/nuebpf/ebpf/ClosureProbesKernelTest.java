package dev.nuebpf.ebpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuebpf.ebpf.compile.TestProbes;
import dev.nuebpf.ebpf.kernel.KernelTestSupport;
import dev.nuebpf.ebpf.link.KprobeSupport;
import dev.nuebpf.ebpf.sys.Native;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closures compiled by our compiler, attached through {@code ebpf attach} and read back through the ebpf
 * commands, checked with exact counts against workloads that make a known number of system calls.
 */
class ClosureProbesKernelTest {
    static final int N = 2500;
    static final String SYS = Native.isAarch64() ? "__arm64_sys_" : "__x64_sys_";
    @TempDir static Path dir;
    static Path getppid, openat;
    final FakeCall.FakeEngine shell = new FakeCall.FakeEngine();

    static final String OPENAT_WORKLOAD = """
            #include <fcntl.h>
            #include <stdio.h>
            #include <stdlib.h>
            #include <unistd.h>
            int main(int argc, char **argv) {
                long n = atol(argv[1]);
                for (long i = 0; i < n; i++) { int fd = open("/etc/hostname", O_RDONLY); if (fd >= 0) close(fd); }
                printf("%d\\n", getpid());
                return 0;
            }
            """;

    @BeforeAll static void setUp() throws Exception {
        KernelTestSupport.requireRoot();
        getppid = KernelTestSupport.gccStatic(dir, "nuwl_getppid", KernelTestSupport.GETPPID_WORKLOAD);
        openat = KernelTestSupport.gccStatic(dir, "nuwl_openat", OPENAT_WORKLOAD);
    }

    @AfterEach void detachAll() {
        Probes.registry(new FakeCall(shell, "x", List.of(), Map.of())).detachAll();
    }

    Value attach(String spec, String closure) {
        return FakeCall.run(shell, new EbpfAttachCommand(), Map.of(), Value.of(spec), TestProbes.closure(closure));
    }

    List<Value> table(dev.nuebpf.command.Command c, Value id, Map<String, Value> flags) {
        return ((Value.ListV) FakeCall.run(shell, c, flags, id)).items();
    }

    @Test void countByCommOnATracepoint() throws Exception {
        Value id = attach("tracepoint:syscalls/sys_enter_getppid", "{|| bpf-filter-comm 'nuwl_getppid'; bpf-comm | bpf-count }");
        KernelTestSupport.runWorkload(getppid, N);
        assertEquals(List.of(Record.of("key", Value.of("nuwl_getppid"), "count", Value.of(N))),
                table(new EbpfCountersCommand(), id, Map.of()));
    }

    @Test void scalarEmitBecomesValueRecords() throws Exception {
        Value id = attach("tracepoint:syscalls/sys_enter_getppid", "{|| bpf-filter-comm 'nuwl_getppid'; bpf-tgid | bpf-emit }");
        long pid = KernelTestSupport.runWorkload(getppid, N);
        List<Value> evs = table(new EbpfEventsCommand(), id, Map.of());
        assertEquals(N, evs.size());
        for (Value v : evs) assertEquals(Record.of("value", Value.of(pid)), v);
    }

    @Test void structuredEventsThroughTheKprobeFallback() throws Exception {
        KernelTestSupport.need(!KprobeSupport.available(), "kernel has kprobes: the fallback is not used");
        Value id = attach("kprobe:" + SYS + "getppid",
                "{|| bpf-filter-comm 'nuwl_getppid'; { pid: (bpf-tgid), comm: (bpf-comm), uid: (bpf-uid) } | bpf-emit }");
        assertTrue(shell.err.toString().contains("CONFIG_KPROBES"), shell.err.toString());
        long pid = KernelTestSupport.runWorkload(getppid, N);
        List<Value> evs = table(new EbpfEventsCommand(), id, Map.of());
        assertEquals(N, evs.size());
        Record r = (Record) evs.get(0);
        assertEquals(Value.of(pid), r.get("pid"));
        assertEquals(Value.of("nuwl_getppid"), r.get("comm"));
        assertEquals(Value.of(0), r.get("uid"));
    }

    @Test void timerPairHistogramSumsToN() throws Exception {
        Value enter = attach("kprobe:" + SYS + "getppid", "{|| bpf-filter-comm 'nuwl_getppid'; bpf-start-timer }");
        Value ret = attach("kretprobe:" + SYS + "getppid", "{|| bpf-filter-comm 'nuwl_getppid'; bpf-stop-timer | bpf-histogram }");
        KernelTestSupport.runWorkload(getppid, N);
        List<Value> rows = table(new EbpfHistogramCommand(), ret, Map.of("ns", Value.of(true)));
        long sum = 0;
        for (Value v : rows) {
            Record r = (Record) v;
            assertEquals(List.of("bucket", "range", "count", "bar"), r.keys());
            sum += ((Value.Int) r.get("count")).value();
            assertTrue(((Value.Str) r.get("range")).value().matches("\\d+[num]?s - \\d+[num]?s"), r.toString());
        }
        assertEquals(N, sum, "one latency per call");
        assertTrue(enter instanceof Value.Int);
    }

    @Test void openedPathsFromUserMemory() throws Exception {
        Value id = attach("kprobe:do_sys_openat2", "{|| bpf-filter-comm 'nuwl_openat'; bpf-arg 1 | bpf-read-user-str }");
        KernelTestSupport.runWorkload(openat, N);
        List<Value> evs = table(new EbpfEventsCommand(), id, Map.of());
        long hits = evs.stream().filter(v -> ((Record) v).values().contains(Value.of("/etc/hostname"))).count();
        assertEquals(N, hits, "events: " + (evs.isEmpty() ? "none" : evs.get(0)));
    }

    @Test void intKeysThroughARawTracepoint() throws Exception {
        // raw sys_enter: args[1] is the syscall number; counted keys stay ints
        Value id = attach("raw_tracepoint:sys_enter", "{|| bpf-filter-comm 'nuwl_getppid'; bpf-arg 1 | bpf-count }");
        KernelTestSupport.runWorkload(getppid, N);
        long nr = Native.isAarch64() ? 173 : 110;
        List<Value> rows = table(new EbpfCountersCommand(), id, Map.of());
        assertTrue(rows.contains(Record.of("key", Value.of(nr), "count", Value.of(N))), rows.toString());
    }

    @Test void uprobeOnTheWorkloadsFunction() throws Exception {
        Value id = attach("uprobe:" + getppid + ":nu_work_once", "{|| bpf-comm | bpf-count }");
        KernelTestSupport.runWorkload(getppid, N);
        assertEquals(List.of(Record.of("key", Value.of("nuwl_getppid"), "count", Value.of(N))),
                table(new EbpfCountersCommand(), id, Map.of()));
    }

    @Test void nonSyscallTracepoint() throws Exception {
        Value id = attach("tracepoint:sched:sched_process_exec", "{|| bpf-comm | bpf-count }");
        for (int i = 0; i < 5; i++) KernelTestSupport.runWorkload(getppid, 1);
        List<Value> rows = table(new EbpfCountersCommand(), id, Map.of());
        assertTrue(rows.contains(Record.of("key", Value.of("nuwl_getppid"), "count", Value.of(5))), rows.toString());
    }

    @Test void uretprobeSeesTheReturnValue() throws Exception {
        // nu_work_once returns getppid(): the workload's parent, i.e. this JVM
        Value id = attach("uretprobe:" + getppid + ":nu_work_once", "{|| bpf-retval | bpf-count }");
        KernelTestSupport.runWorkload(getppid, N);
        assertEquals(List.of(Record.of("key", Value.of(ProcessHandle.current().pid()), "count", Value.of(N))),
                table(new EbpfCountersCommand(), id, Map.of()));
    }

    @Test void ringBufferDropsAreCountedInTheKernel() throws Exception {
        // One page of ring buffer holds ~170 of these events; the reader drains it while the workload runs, so some
        // arrive and some are dropped: every event must be one or the other.
        var spec = dev.nuebpf.ebpf.probe.ProbeSpec.parse("tracepoint:syscalls/sys_enter_getppid", dev.nuebpf.diag.Span.UNKNOWN);
        var plan = dev.nuebpf.ebpf.link.Attacher.plan(spec);
        var d = dev.nuebpf.ebpf.compile.CompileOptions.DEFAULT;
        var small = new dev.nuebpf.ebpf.compile.CompileOptions(dev.nuebpf.ebpf.compile.MapType.RINGBUF, 4096, d.counterEntries(),
                d.timerEntries(), d.programName(), d.stringBytes(), d.ringbufFlags());
        var compiled = dev.nuebpf.ebpf.compile.ProbeCompiler.compile(plan.target(),
                TestProbes.closure("{|| bpf-filter-comm 'nuwl_getppid'; {pid: (bpf-tgid), comm: (bpf-comm)} | bpf-emit }"), small);
        var reg = Probes.registry(new FakeCall(shell, "x", List.of(), Map.of()));
        var probe = dev.nuebpf.ebpf.runtime.ProbeLauncher.launch(reg, plan, compiled);
        KernelTestSupport.runWorkload(getppid, 20 * N);
        List<Value> evs = table(new EbpfEventsCommand(), Value.of(probe.id()), Map.of());
        assertTrue(probe.eventsLost() > 0, "a one-page ring buffer should overflow; received " + evs.size());
        assertEquals(20L * N, evs.size() + probe.eventsLost());
    }

    @Test void eventsReturnsMoreThanAQueuefulWaitingInTheKernel() throws Exception {
        // nobody reads while the workload runs: the reader queue fills, the rest waits in the ring buffer, and
        // `ebpf events` must still return every one
        Value id = attach("tracepoint:syscalls/sys_enter_getppid", "{|| bpf-filter-comm 'nuwl_getppid'; bpf-tgid | bpf-emit }");
        int calls = 3 * dev.nuebpf.ebpf.runtime.ProbeLauncher.QUEUE_CAPACITY + 17;
        KernelTestSupport.runWorkload(getppid, calls);
        List<Value> evs = table(new EbpfEventsCommand(), id, Map.of());
        assertEquals(calls, evs.size());
        assertEquals(List.of(), table(new EbpfEventsCommand(), id, Map.of()), "nothing twice");
    }

    @Test void perfEventArrayEventsWhereThereIsNoRingBuffer() throws Exception {
        var spec = dev.nuebpf.ebpf.probe.ProbeSpec.parse("tracepoint:syscalls/sys_enter_getppid", dev.nuebpf.diag.Span.UNKNOWN);
        var plan = dev.nuebpf.ebpf.link.Attacher.plan(spec);
        var compiled = dev.nuebpf.ebpf.compile.ProbeCompiler.compile(plan.target(),
                TestProbes.closure("{|| bpf-filter-comm 'nuwl_getppid'; bpf-tgid | bpf-emit }"),
                dev.nuebpf.ebpf.compile.CompileOptions.DEFAULT.withEventsMap(dev.nuebpf.ebpf.compile.MapType.PERF_EVENT_ARRAY));
        var reg = Probes.registry(new FakeCall(shell, "x", List.of(), Map.of()));
        var probe = dev.nuebpf.ebpf.runtime.ProbeLauncher.launch(reg, plan, compiled);
        long pid = KernelTestSupport.runWorkload(getppid, N);
        List<Value> evs = table(new EbpfEventsCommand(), Value.of(probe.id()), Map.of());
        assertEquals(N, evs.size());
        for (Value v : evs) assertEquals(Record.of("value", Value.of(pid)), v);
        assertEquals(0, probe.eventsLost());
    }

    @Test void aFullKernelRingBufferIsReportedNotSilent() throws Exception {
        var plan = dev.nuebpf.ebpf.link.Attacher.plan(
                dev.nuebpf.ebpf.probe.ProbeSpec.parse("tracepoint:syscalls/sys_enter_getppid", dev.nuebpf.diag.Span.UNKNOWN));
        var d = dev.nuebpf.ebpf.compile.CompileOptions.DEFAULT;
        var small = new dev.nuebpf.ebpf.compile.CompileOptions(dev.nuebpf.ebpf.compile.MapType.RINGBUF, 4096,
                d.counterEntries(), d.timerEntries(), d.programName(), d.stringBytes());
        var compiled = dev.nuebpf.ebpf.compile.ProbeCompiler.compile(plan.target(),
                TestProbes.closure("{|| bpf-filter-comm 'nuwl_getppid'; bpf-tgid | bpf-emit }"), small);
        try (var obj = dev.nuebpf.ebpf.load.Loader.load(dev.nuebpf.ebpf.load.ObjectReader.read(compiled.elf()));
             var ring = new dev.nuebpf.ebpf.read.RingBufReader(obj.map(compiled.map(dev.nuebpf.ebpf.compile.MapRole.EVENTS).name()))) {
            var links = dev.nuebpf.ebpf.link.Attacher.attach(plan, obj.program().fd());
            try {
                KernelTestSupport.runWorkload(getppid, N); // nobody reads meanwhile: 4 KiB hold 256 events
                long[] got = {0};
                ring.poll(0, b -> got[0]++);
                assertTrue(got[0] < N, "the ring overflowed: " + got[0]);
                assertTrue(ring.fullSeen() > 0, "and the reader noticed it was full");
            } finally {
                links.forEach(dev.nuebpf.ebpf.link.Link::close);
            }
        }
    }

    @Test void followStreamsUntilTheConsumerStops() throws Exception {
        Value id = attach("tracepoint:syscalls/sys_enter_getppid", "{|| bpf-filter-comm 'nuwl_getppid'; bpf-tgid | bpf-emit }");
        long pid = KernelTestSupport.runWorkload(getppid, 10);
        var data = new EbpfEventsCommand().run(new FakeCall(shell, "ebpf events", List.of(id), Map.of("follow", Value.of(true))),
                dev.nuebpf.runtime.PipelineData.EMPTY);
        var it = data.iterator();
        for (int i = 0; i < 10; i++) assertEquals(Record.of("value", Value.of(pid)), it.next());
        FakeCall.run(shell, new EbpfDetachCommand(), Map.of(), id);
        assertTrue(!it.hasNext(), "the stream ends when the probe is detached");
    }

    @Test void disasmShowsTheProgramWithoutAttaching() {
        Value d = FakeCall.run(shell, new EbpfAttachCommand(), Map.of("disasm", Value.of(true)),
                Value.of("kprobe:ksys_read"), TestProbes.closure("{|| bpf-tgid | bpf-emit }"));
        assertTrue(d instanceof Value.Str s && s.value().contains("exit"), String.valueOf(d));
        assertEquals(List.of(), ((Value.ListV) FakeCall.run(shell, new EbpfListCommand(), Map.of())).items(), "nothing attached");
    }

    @Test void unmappableKprobeNamesTheKernelOption() {
        KernelTestSupport.need(!KprobeSupport.available(), "kernel has kprobes");
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.nuebpf.command.ShellException.class,
                () -> attach("kprobe:vfs_read", "{|| bpf-tgid | bpf-emit }"));
        assertEquals("nu::ebpf::attach_failed", e.diagnostic().code());
        assertTrue(e.diagnostic().labels().get(0).text().contains("CONFIG_KPROBES"));
        assertTrue(e.diagnostic().help().contains("tracepoint:syscalls/sys_enter_read"), e.diagnostic().help());
    }

    @Test void attachDetachCyclesLeakNothing() throws Exception {
        String closure = "{|| bpf-comm | bpf-count; bpf-tgid | bpf-emit }";
        List<Integer> ids = new java.util.ArrayList<>();
        ids.add(cycle(closure));
        int fds = KernelTestSupport.openFds();
        for (int i = 0; i < 200; i++) ids.add(cycle(closure));
        assertEquals(fds, KernelTestSupport.openFds(), "fds after 200 attach/detach cycles");
        assertEquals(201, new java.util.HashSet<>(ids).size(), "every cycle loaded its own program");
        KernelTestSupport.assertUnloaded(ids);
    }

    private int cycle(String closure) {
        Value id = attach("tracepoint:syscalls/sys_enter_getppid", closure);
        int prog = Probes.registry(new FakeCall(shell, "x", List.of(), Map.of())).get((int) ((Value.Int) id).value()).programId();
        FakeCall.run(shell, new EbpfDetachCommand(), Map.of(), id);
        return prog;
    }
}
