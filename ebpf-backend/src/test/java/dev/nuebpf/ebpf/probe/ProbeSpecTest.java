package dev.nuebpf.ebpf.probe;

import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Source;
import dev.nuebpf.diag.Span;
import org.junit.jupiter.api.Test;

class ProbeSpecTest {
    static final Span SPAN = Span.of(new Source("t", "'x'"), 0, 3);

    @Test void parsesEveryForm() {
        assertEquals("kprobe/ksys_read", ProbeSpec.parse("kprobe:ksys_read", SPAN).defaultTarget().sectionName());
        assertEquals("kretprobe/do_sys_openat2", ProbeSpec.parse("kretprobe:do_sys_openat2", SPAN).defaultTarget().sectionName());
        assertEquals("tracepoint/syscalls/sys_enter_read", ProbeSpec.parse("tracepoint:syscalls/sys_enter_read", SPAN).defaultTarget().sectionName());
        assertEquals("tracepoint/sched/sched_switch", ProbeSpec.parse("tracepoint:sched:sched_switch", SPAN).defaultTarget().sectionName());
        assertEquals("raw_tracepoint/sys_enter", ProbeSpec.parse("raw_tracepoint:sys_enter", SPAN).defaultTarget().sectionName());
        ProbeSpec u = ProbeSpec.parse("uprobe:/usr/bin/bash:readline", SPAN);
        assertEquals("/usr/bin/bash", u.path());
        assertEquals("readline", u.name());
        assertEquals("uretprobe//usr/bin/bash:readline", ProbeSpec.parse("uretprobe:/usr/bin/bash:readline", SPAN).defaultTarget().sectionName());
    }

    @Test void targetsCarryProgTypeAndContextLayout() {
        ProgramTarget k = ProbeSpec.parse("kprobe:ksys_read", SPAN).defaultTarget();
        assertEquals(ProgType.KPROBE, k.progType());
        assertEquals(2, k.progType().id);
        org.junit.jupiter.api.Assumptions.assumeTrue("amd64".equals(System.getProperty("os.arch")), "x86_64 pt_regs offsets");
        assertEquals(112, k.layout().argOffset(0), "di");
        assertEquals(104, k.layout().argOffset(1), "si");
        assertEquals(96, k.layout().argOffset(2), "dx");
        assertEquals(88, k.layout().argOffset(3), "cx");
        assertEquals(72, k.layout().argOffset(4), "r8");
        assertEquals(64, k.layout().argOffset(5), "r9");
        assertFalse(k.layout().hasRetval());
        ProgramTarget r = ProbeSpec.parse("kretprobe:ksys_read", SPAN).defaultTarget();
        assertEquals(80, r.layout().retvalOffset(), "ax");
        assertEquals(-1, r.layout().argOffset(0));
        ProgramTarget enter = ProgramTarget.syscallTracepoint("read", false);
        assertEquals(ProgType.TRACEPOINT, enter.progType());
        assertEquals("tracepoint/syscalls/sys_enter_read", enter.sectionName());
        assertEquals(16, enter.layout().argOffset(0));
        assertEquals(56, enter.layout().argOffset(5));
        ProgramTarget exit = ProgramTarget.syscallTracepoint("read", true);
        assertEquals(16, exit.layout().retvalOffset());
        assertEquals(ContextLayout.TRACEPOINT_OPAQUE, ProbeSpec.parse("tracepoint:sched/sched_switch", SPAN).defaultTarget().layout());
        assertEquals(ProgType.RAW_TRACEPOINT, ProbeSpec.parse("raw_tracepoint:sys_enter", SPAN).defaultTarget().progType());
        assertEquals(8, ProbeSpec.parse("raw_tracepoint:sys_enter", SPAN).defaultTarget().layout().argOffset(1));
    }

    @Test void rejectsBadSpecsWithASpan() {
        for (String bad : new String[] {"ksys_read", "foo:bar", "tracepoint:sys_enter_read", "tracepoint:/x", "kprobe:", "uprobe:readline", "kprobe:a b"}) {
            ShellException e = assertThrows(ShellException.class, () -> ProbeSpec.parse(bad, SPAN), bad);
            assertEquals(ProbeSpec.INVALID, e.diagnostic().code());
            assertEquals(SPAN, e.diagnostic().span());
            assertNotNull(e.diagnostic().help());
        }
    }
}
