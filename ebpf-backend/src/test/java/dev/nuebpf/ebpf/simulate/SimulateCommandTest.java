package dev.nuebpf.ebpf.simulate;

import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.ebpf.compile.ProbeCompiler;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.EvalResult;
import dev.nuebpf.truffle.Shell;
import dev.nuebpf.truffle.ShellOptions;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code ebpf simulate} in the real interpreter: checks the closure compiles, runs it per context, returns events/counters/histogram. */
class SimulateCommandTest {
    static Shell shell;

    @BeforeAll static void start() { shell = Shell.create(ShellOptions.defaults().withStdin(java.io.InputStream.nullInputStream())); }

    @AfterAll static void stop() { shell.close(); }

    static Record simulate(String src) {
        EvalResult r = shell.evalIsolated(src);
        assertTrue(r.ok(), () -> src + ": " + r.error());
        return (Record) r.value();
    }

    static Diagnostic error(String src) {
        EvalResult r = shell.evalIsolated(src);
        assertFalse(r.ok(), src + " succeeded");
        return r.error();
    }

    static Value list(Value... vs) { return new Value.ListV(List.of(vs)); }

    static Record r(Object... kv) {
        Record.Builder b = Record.builder();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            b.put((String) kv[i], v instanceof Value val ? val : v instanceof String s ? Value.of(s) : v instanceof Boolean x ? Value.of(x) : Value.of(((Number) v).longValue()));
        }
        return b.build();
    }

    @Test void issueExampleCountsOnlyNginx() {
        Record out = simulate("ebpf simulate 'kprobe:ksys_read' {|| bpf-filter-comm 'nginx'; bpf-comm | bpf-count } --context [{comm: nginx, pid: 7, args: [3 0 100]}, {comm: bash, pid: 8}]");
        assertEquals(list(), out.get("events"));
        assertEquals(list(r("key", "nginx", "count", 1)), out.get("counters"));
        assertEquals(list(), out.get("histogram"));
    }

    @Test void structuredEventsShowCommAsString() {
        Record out = simulate("ebpf simulate 'kprobe:do_sys_openat2' {|| { pid: (bpf-tgid), comm: (bpf-comm) } | bpf-emit } --context [{pid: 5, comm: bash}, {pid: 6, comm: systemd-journal}]");
        assertEquals(list(r("pid", 5, "comm", "bash"), r("pid", 6, "comm", "systemd-journal")), out.get("events"));
    }

    @Test void timerPairAndHistogramUseKernelBuckets() {
        Record out = simulate("ebpf simulate 'kprobe:ksys_read' {|| if (bpf-arg 0) == 0 { bpf-start-timer } else { bpf-stop-timer | bpf-histogram } } "
                + "--context [{args: [0], ktime: 1000}, {args: [1], ktime: 1700}, {args: [1], ktime: 1800}]");
        assertEquals(list(r("bucket", 10, "range", "512 - 1K", "count", 1)), out.get("histogram"),
                "700ns lands in [512, 1024); the third record has no start and ends early");
    }

    @Test void languageConstructsRunInTheInterpreter() {
        Record out = simulate("ebpf simulate 'kprobe:ksys_read' {|| let n = (bpf-arg 2); mut s = 0; for i in 0..2 { $s += $i * $n }; "
                + "match $n { 0 => { { kind: 'zero', s: 0 } | bpf-emit }, _ => { { kind: 'sum', s: $s } | bpf-emit } } } --context [{args: [0 0 0]}, {args: [0 0 5]}]");
        assertEquals(list(r("kind", "zero", "s", 0), r("kind", "sum", "s", 15)), out.get("events"));
    }

    @Test void stringsFromArgumentsAndTheirComparisons() {
        Record out = simulate("ebpf simulate 'tracepoint:syscalls/sys_enter_openat' {|| let p = (bpf-arg 1 | bpf-read-user-str); if $p starts-with '/etc' { $p | bpf-count } } "
                + "--context [{args: [0 '/etc/hosts']}, {args: [0 '/tmp/x']}, {args: [0 '/etc/hosts']}]");
        assertEquals(list(r("key", "/etc/hosts", "count", 2)), out.get("counters"));
        Record emitted = simulate("ebpf simulate 'tracepoint:syscalls/sys_enter_openat' {|| bpf-arg 1 | bpf-read-user-str } --context [{args: [0 '/etc/hosts']}]");
        assertEquals(list(r("value", "/etc/hosts")), emitted.get("events"), "a string result is emitted");
    }

    @Test void noContextRunsOnceWithDefaults() {
        assertEquals(list(r("value", 1)), simulate("ebpf simulate 'kprobe:ksys_read' {|| bpf-tgid | bpf-emit }").get("events"));
    }

    @Test void capturedVariablesWork() {
        Record out = simulate("let want = 8; ebpf simulate 'kprobe:ksys_read' {|| bpf-filter-pid $want; bpf-tgid | bpf-emit } --context [{pid: 7}, {pid: 8}]");
        assertEquals(list(r("value", 8)), out.get("events"));
    }

    @Test void rejectsWhatCannotCompileBeforeRunning() {
        Diagnostic d = error("ebpf simulate 'kprobe:ksys_read' {|| bpf-retval | bpf-emit } --context [{retval: 1}]");
        assertEquals(ProbeCompiler.UNSUPPORTED, d.code());
        assertEquals("bpf-retval", d.span().text());
        assertEquals(ProbeCompiler.UNSUPPORTED, error("ebpf simulate 'kprobe:ksys_read' {|| bpf-tgid | str upcase }").code());
        assertEquals("nu::ebpf::invalid_probe", error("ebpf simulate 'bogus' {|| bpf-tgid | bpf-emit }").code());
        assertEquals("nu::shell::incorrect_value", error("ebpf simulate 'kprobe:ksys_read' {|| bpf-tgid | bpf-emit } --context [{nope: 1}]").code());
    }

    @Test void stateIsFreshPerSimulation() {
        simulate("ebpf simulate 'kprobe:ksys_read' {|| bpf-tgid | bpf-count } --context [{pid: 1}]");
        Record out = simulate("ebpf simulate 'kprobe:ksys_read' {|| bpf-tgid | bpf-count } --context [{pid: 2}]");
        assertEquals(list(r("key", 2, "count", 1)), out.get("counters"));
    }
}
