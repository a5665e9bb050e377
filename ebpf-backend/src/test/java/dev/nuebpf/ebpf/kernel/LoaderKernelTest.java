package dev.nuebpf.ebpf.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuebpf.ebpf.link.Link;
import dev.nuebpf.ebpf.link.RawTracepointLink;
import dev.nuebpf.ebpf.link.TracepointLink;
import dev.nuebpf.ebpf.link.UprobeLink;
import dev.nuebpf.ebpf.load.LoadedObject;
import dev.nuebpf.ebpf.load.Loader;
import dev.nuebpf.ebpf.load.ObjectReader;
import dev.nuebpf.ebpf.load.VerifierException;
import dev.nuebpf.ebpf.maps.BpfMap;
import dev.nuebpf.ebpf.read.EventPump;
import dev.nuebpf.ebpf.read.EventQueue;
import dev.nuebpf.ebpf.read.PerfBufReader;
import dev.nuebpf.ebpf.read.RingBufReader;
import dev.nuebpf.ebpf.sys.Native;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads clang-built objects, attaches them and checks exact counts against a workload of known size. */
class LoaderKernelTest {
    static final int N = 2000;
    @TempDir static Path dir;
    static Path workload;

    @BeforeAll static void setUp() throws Exception {
        KernelTestSupport.requireRoot();
        workload = KernelTestSupport.gccStatic(dir, "nuwl_getppid", KernelTestSupport.GETPPID_WORKLOAD);
    }

    static LoadedObject load(String name, String src) throws Exception {
        String nr = Native.isAarch64() ? "173" : "110";
        return Loader.load(ObjectReader.read(KernelTestSupport.clangBpf(dir, name, src.replace("NR_GETPPID", nr))));
    }

    static long count(BpfMap counts, String comm) {
        byte[] key = Arrays.copyOf(comm.getBytes(), 16);
        byte[] v = counts.lookup(key);
        return v == null ? 0 : ByteBuffer.wrap(v).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    static final Function<byte[], Long> TGID = b -> ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getLong();

    /** Runs the workload with the object attached via {@code attach}; checks counter, ring buffer and perf buffer. */
    void exactCounts(LoadedObject obj, Function<LoadedObject, Link> attach) throws Exception {
        EventQueue<Long> rq = new EventQueue<>(100_000), pq = new EventQueue<>(100_000);
        try (obj; var ring = new EventPump<>("t-ring", new RingBufReader(obj.map("events")), TGID, rq);
             var perf = new EventPump<>("t-perf", new PerfBufReader(obj.map("pevents"), 64), TGID, pq);
             Link link = attach.apply(obj)) {
            long pid = KernelTestSupport.runWorkload(workload, N);
            ring.flush();
            perf.flush();
            assertEquals(N, count(obj.map("counts"), "nuwl_getppid"), "counter for the workload's comm");
            assertEquals(N, rq.drain().stream().filter(p -> p == pid).count(), "ring buffer events with the workload's pid");
            assertEquals(N, pq.drain().stream().filter(p -> p == pid).count(), "perf buffer events with the workload's pid");
            assertEquals(0, rq.lost());
        }
    }

    @Test void tracepointExactCounts() throws Exception {
        exactCounts(load("tp", TestObjects.GETPPID_TP),
                o -> TracepointLink.attach("syscalls", "sys_enter_getppid", o.program().fd()));
    }

    @Test void rawTracepointExactCounts() throws Exception {
        exactCounts(load("rawtp", TestObjects.GETPPID_RAW_TP), o -> RawTracepointLink.attach("sys_enter", o.program().fd()));
    }

    @Test void uprobeExactCounts() throws Exception {
        exactCounts(load("uprobe", TestObjects.UPROBE),
                o -> UprobeLink.attach(workload.toString(), "nu_work_once", false, o.program().fd()));
    }

    @Test void twoProbesOnOneTracepointCountIndependently() throws Exception {
        try (LoadedObject a = load("a", TestObjects.GETPPID_TP); LoadedObject b = load("b", TestObjects.GETPPID_TP);
             Link la = TracepointLink.attach("syscalls", "sys_enter_getppid", a.program().fd())) {
            KernelTestSupport.runWorkload(workload, N);
            try (Link lb = TracepointLink.attach("syscalls", "sys_enter_getppid", b.program().fd())) {
                KernelTestSupport.runWorkload(workload, N);
            }
            KernelTestSupport.runWorkload(workload, N);
            assertEquals(3L * N, count(a.map("counts"), "nuwl_getppid"));
            assertEquals(N, count(b.map("counts"), "nuwl_getppid"));
        }
    }

    @Test void verifierRejectionPointsAtTheSourceLine() throws Exception {
        VerifierException e = assertThrows(VerifierException.class, () -> load("bad", TestObjects.BAD));
        assertTrue(e.complaint().contains("invalid mem access"), e.log());
        assertNotNull(e.source(), "line info maps the rejected instruction to source");
        assertTrue(e.source().text().contains("return *v"), e.source().toString());
    }

    @Test void attachDetachCyclesLeakNothing() throws Exception {
        byte[] elf = KernelTestSupport.clangBpf(dir, "leak", TestObjects.GETPPID_TP);
        // warm up once so lazily opened JVM/JNA files are not counted as leaks
        java.util.List<Integer> ids = new java.util.ArrayList<>();
        ids.add(cycle(elf));
        int fds = KernelTestSupport.openFds();
        for (int i = 0; i < 200; i++) ids.add(cycle(elf));
        assertEquals(fds, KernelTestSupport.openFds(), "open fds after 200 attach/detach cycles");
        assertEquals(201, new java.util.HashSet<>(ids).size(), "every cycle loaded its own program");
        KernelTestSupport.assertUnloaded(ids);
    }

    private static int cycle(byte[] elf) {
        try (LoadedObject o = Loader.load(ObjectReader.read(elf));
             var ring = new EventPump<>("leak", new RingBufReader(o.map("events")), TGID, new EventQueue<>(16));
             var perf = new EventPump<>("leak", new PerfBufReader(o.map("pevents"), 8), TGID, new EventQueue<>(16));
             Link l = TracepointLink.attach("syscalls", "sys_enter_getppid", o.program().fd())) {
            assertTrue(o.program().id() > 0);
            return o.program().id();
        }
    }

    @Test void objectSpecReadsLibbpfMaps() throws Exception {
        var spec = ObjectReader.read(KernelTestSupport.clangBpf(dir, "spec", TestObjects.GETPPID_TP));
        assertEquals(List.of("counts", "events", "pevents"), spec.maps().stream().map(m -> m.name()).toList());
        assertEquals(16, spec.map("counts").keySize());
        assertEquals(8, spec.map("counts").valueSize());
        assertEquals(1 << 20, spec.map("events").maxEntries());
        assertEquals("on_getppid", spec.programs().get(0).name());
        assertEquals("GPL", spec.license());
    }
}
