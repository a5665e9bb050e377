package dev.nuebpf.ebpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.ebpf.kernel.KernelTestSupport;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ebpf commands on a foreign (clang) object via {@code ebpf load}: list, events, detach, errors. */
class EbpfCommandsKernelTest {
    static final int N = 1000;
    @TempDir static Path dir;
    static Path workload;

    static final String EMIT_PID = """
            #include <linux/bpf.h>
            #include <bpf/bpf_helpers.h>
            char LICENSE[] SEC("license") = "GPL";
            struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 20); } events SEC(".maps");
            SEC("tracepoint/syscalls/sys_enter_getppid")
            int emit_pid(void *ctx) {
                char comm[16] = {};
                const char want[] = "nuwl_getppid";
                bpf_get_current_comm(comm, sizeof comm);
                #pragma unroll
                for (int i = 0; i < sizeof want; i++) if (comm[i] != want[i]) return 0;
                __u64 tgid = bpf_get_current_pid_tgid() >> 32;
                bpf_ringbuf_output(&events, &tgid, sizeof tgid, 0);
                return 0;
            }
            """;

    @BeforeAll static void setUp() throws Exception {
        KernelTestSupport.requireRoot();
        workload = KernelTestSupport.gccStatic(dir, "nuwl_getppid", KernelTestSupport.GETPPID_WORKLOAD);
        Files.write(dir.resolve("emit.o"), KernelTestSupport.clangBpf(dir, "emit", EMIT_PID));
    }

    @Test void loadListEventsDetach() throws Exception {
        FakeCall.FakeEngine e = new FakeCall.FakeEngine();
        e.cwd = dir;
        Value id = FakeCall.run(e, new EbpfLoadCommand(), Map.of(), Value.of("emit.o"));
        long pid = KernelTestSupport.runWorkload(workload, N);

        Record row = (Record) ((Value.ListV) FakeCall.run(e, new EbpfListCommand(), Map.of())).items().get(0);
        assertEquals(List.of("id", "probe", "attached", "prog_id", "events", "lost"), row.keys());
        assertEquals(id, row.get("id"));
        assertEquals(Value.of("tracepoint:syscalls/sys_enter_getppid"), row.get("probe"));
        assertEquals(Value.of(N), row.get("events"), "events received: exactly the workload's");
        assertEquals(Value.of(0), row.get("lost"));

        List<Value> evs = ((Value.ListV) FakeCall.run(e, new EbpfEventsCommand(), Map.of(), id)).items();
        long mine = evs.stream().map(v -> ((Value.Binary) ((Record) v).get("raw")).bytes())
                .filter(b -> ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getLong() == pid).count();
        assertEquals(N, mine, "events with the workload's pid");
        assertEquals(0, ((Value.ListV) FakeCall.run(e, new EbpfEventsCommand(), Map.of(), id)).items().stream()
                .filter(v -> ByteBuffer.wrap(((Value.Binary) ((Record) v).get("raw")).bytes()).order(ByteOrder.LITTLE_ENDIAN).getLong() == pid)
                .count(), "drained");

        FakeCall.run(e, new EbpfDetachCommand(), Map.of(), id);
        assertEquals(List.of(), ((Value.ListV) FakeCall.run(e, new EbpfListCommand(), Map.of())).items());
        ShellException ex = assertThrows(ShellException.class, () -> FakeCall.run(e, new EbpfDetachCommand(), Map.of(), id));
        assertEquals("nu::ebpf::no_such_probe", ex.diagnostic().code());
        ShellException noCounters = assertThrows(ShellException.class, () -> FakeCall.run(e, new EbpfCountersCommand(), Map.of(), Value.of(99)));
        assertEquals("nu::ebpf::no_such_probe", noCounters.diagnostic().code());
    }

    @Test void missingTracepointIsASpannedErrorWithSuggestion() throws Exception {
        FakeCall.FakeEngine e = new FakeCall.FakeEngine();
        e.cwd = dir;
        Files.write(dir.resolve("typo.o"), KernelTestSupport.clangBpf(dir, "typo", EMIT_PID.replace("sys_enter_getppid", "sys_enter_getppdi")));
        ShellException ex = assertThrows(ShellException.class, () -> FakeCall.run(e, new EbpfLoadCommand(), Map.of(), Value.of("typo.o")));
        assertEquals("nu::ebpf::attach_failed", ex.diagnostic().code());
        assertTrue(ex.diagnostic().help().contains("syscalls/sys_enter_getppid"), ex.diagnostic().help());
    }
}
