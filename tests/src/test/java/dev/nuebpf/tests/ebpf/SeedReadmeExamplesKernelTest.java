package dev.nuebpf.tests.ebpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example of the original nu-ebpf README (../shared/seed/nu-ebpf-README.md), unchanged, in one nu-ebpf session
 * each, as root. On this kernel (no kprobes) the kprobe examples run through the syscall tracepoint fallback.
 * A workload of known size runs during each example's sleep, so results are checked exactly where the example's
 * closure filters enough to allow it.
 */
class SeedReadmeExamplesKernelTest {
    static final int N = 2000;
    @TempDir static Path dir;
    static Path read, openat, marker;

    @BeforeAll static void setUp() throws Exception {
        Workloads.need(Workloads.root(), "needs root to load BPF programs");
        // not a kernel feature: skips (even on CI) only until the interpreter lands, then these tests run
        org.junit.jupiter.api.Assumptions.assumeTrue(SeedSession.interpreterReady(),
                "the interpreter cannot run REPL-style sessions yet (being finished in parallel)");
        read = Workloads.build(dir, "nuwl_read", Workloads.READ);
        openat = Workloads.build(dir, "nuwl_openat", Workloads.OPENAT);
        marker = dir.resolve("nuebpf-seed-marker");
        Files.writeString(marker, "x");
    }

    private static long readN() throws Exception { return Workloads.run(List.of(read.toString(), Long.toString(N))); }

    private static long openN() throws Exception { return Workloads.run(List.of(openat.toString(), Long.toString(N), marker.toString())); }

    private static List<Value> items(Value v) { return ((Value.ListV) v).items(); }

    @Test void overviewTraceFileOpens() throws Exception {
        long[] pid = {0};
        try (SeedSession s = new SeedSession(dir)) {
            List<Value> v = s.run("""
                    let id = ebpf attach 'kprobe:do_sys_openat2' {||
                        { pid: (bpf-tgid), comm: (bpf-comm) } | bpf-emit
                    }
                    sleep 5sec
                    ebpf events $id
                    ebpf detach $id
                    """, SeedReadmeExamplesKernelTest::openN, pid);
            Record mine = Record.builder().put("pid", Value.of(pid[0])).put("comm", Value.of("nuwl_openat")).build();
            assertEquals(N, items(v.get(2)).stream().filter(mine::equals).count());
            assertTrue(s.err.toString().contains("sys_enter_openat"), "fallback notice: " + s.err);
        }
    }

    @Test void watchWhichProcessesRead() throws Exception {
        long[] pid = {0};
        try (SeedSession s = new SeedSession(dir)) {
            List<Value> v = s.run("""
                    let id = ebpf attach 'kprobe:ksys_read' {||
                        bpf-tgid | bpf-emit
                    }
                    sleep 2sec
                    ebpf events $id | uniq-by value | each { get value }
                    ebpf detach $id
                    """, SeedReadmeExamplesKernelTest::readN, pid);
            List<Value> pids = items(v.get(2));
            assertTrue(pids.contains(Value.of(pid[0])), pids.toString());
            assertEquals(pids.stream().distinct().count(), pids.size(), "uniq-by left no duplicates");
        }
    }

    @Test void countReadsPerProcess() throws Exception {
        long[] pid = {0};
        try (SeedSession s = new SeedSession(dir)) {
            List<Value> v = s.run("""
                    let id = ebpf attach 'kprobe:ksys_read' {||
                        bpf-comm | bpf-count
                    }
                    sleep 5sec
                    ebpf counters $id | sort-by count --reverse
                    ebpf detach $id
                    """, SeedReadmeExamplesKernelTest::readN, pid);
            List<Value> rows = items(v.get(2));
            assertTrue(rows.contains(Record.of("key", Value.of("nuwl_read"), "count", Value.of(N))), rows.toString());
            for (int i = 1; i < rows.size(); i++)
                assertTrue(count(rows.get(i - 1)) >= count(rows.get(i)), "sorted by count, descending");
        }
    }

    private static long count(Value row) { return ((Value.Int) ((Record) row).get("count")).value(); }

    @Test void structuredEvents() throws Exception {
        long[] pid = {0};
        try (SeedSession s = new SeedSession(dir)) {
            List<Value> v = s.run("""
                    let id = ebpf attach 'kprobe:do_sys_openat2' {||
                        { pid: (bpf-tgid), uid: (bpf-uid), time: (bpf-ktime) } | bpf-emit
                    }
                    sleep 1sec
                    ebpf events $id
                    ebpf detach $id
                    """, SeedReadmeExamplesKernelTest::openN, pid);
            List<Record> mine = items(v.get(2)).stream().map(x -> (Record) x).filter(r -> r.get("pid").equals(Value.of(pid[0]))).toList();
            assertEquals(N, mine.size());
            for (Record r : mine) {
                assertEquals(List.of("pid", "uid", "time"), r.keys());
                assertEquals(Value.of(0), r.get("uid"));
                assertTrue(((Value.Int) r.get("time")).value() > 0);
            }
        }
    }

    @Test void filterByProcess() throws Exception {
        try (SeedSession s = new SeedSession(dir)) {
            List<Value> v = s.run("""
                    let id = ebpf attach 'kprobe:ksys_read' {||
                        bpf-filter-comm 'nginx'
                        bpf-tgid | bpf-emit
                    }
                    """, null, new long[1]);
            assertTrue(v.get(0) == Value.NOTHING || v.get(0) instanceof Value.Int);
            readN();
            List<Value> evs = items(s.shell.eval("ebpf events $id", "check").value());
            assertTrue(evs.isEmpty() || nginxRunning(), "only nginx's reads: " + evs.size());
        }
    }

    private static boolean nginxRunning() {
        return ProcessHandle.allProcesses().anyMatch(p -> p.info().command().orElse("").endsWith("/nginx"));
    }

    @Test void latencyHistogram() throws Exception {
        long[] pid = {0};
        try (SeedSession s = new SeedSession(dir)) {
            List<Value> v = s.run("""
                    let entry = ebpf attach 'kprobe:ksys_read' {|| bpf-start-timer }
                    let ret = ebpf attach 'kretprobe:ksys_read' {|| bpf-stop-timer | bpf-histogram }

                    sleep 5sec

                    ebpf histogram $ret --ns
                    ebpf detach $entry
                    ebpf detach $ret
                    """, SeedReadmeExamplesKernelTest::readN, pid);
            List<Value> rows = items(v.get(3));
            long sum = 0, max = 0;
            for (Value row : rows) {
                Record r = (Record) row;
                assertEquals(List.of("bucket", "range", "count", "bar"), r.keys());
                sum += count(r);
                max = Math.max(max, count(r));
                assertTrue(((Value.Str) r.get("range")).value().matches("\\d+(ns|us|ms|s) - \\d+(ns|us|ms|s)"), r.toString());
            }
            assertTrue(sum >= N, "at least the workload's reads: " + sum);
            long widest = rows.stream().mapToLong(r -> ((Value.Str) ((Record) r).get("bar")).value().length()).max().orElse(0);
            assertEquals(40, widest, "the largest bucket's bar is 40 wide");
        }
    }

    @Test void readingStringArguments() throws Exception {
        long[] pid = {0};
        try (SeedSession s = new SeedSession(dir)) {
            List<Value> v = s.run("""
                    let id = ebpf attach 'kprobe:do_sys_openat2' {||
                        bpf-arg 1 | bpf-read-user-str
                    }
                    sleep 2sec
                    ebpf events $id
                    ebpf detach $id
                    """, SeedReadmeExamplesKernelTest::openN, pid);
            long hits = items(v.get(2)).stream().filter(e -> ((Record) e).values().contains(Value.of(marker.toString()))).count();
            assertEquals(N, hits);
        }
    }

    @Test void dryRunWritesALoadableObject() throws Exception {
        try (SeedSession s = new SeedSession(dir)) {
            s.run("""
                    ebpf attach --dry-run 'kprobe:ksys_read' {|| bpf-tgid | bpf-emit } | save probe.elf
                    """, null, new long[1]);
            byte[] elf = Files.readAllBytes(dir.resolve("probe.elf"));
            var spec = dev.nuebpf.ebpf.load.ObjectReader.read(elf);
            assertEquals("kprobe/ksys_read", spec.programs().get(0).section());
            dev.nuebpf.ebpf.load.Loader.load(spec).close();
        }
    }
}
