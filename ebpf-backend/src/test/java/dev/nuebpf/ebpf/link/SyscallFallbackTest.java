package dev.nuebpf.ebpf.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.probe.ContextLayout;
import dev.nuebpf.ebpf.probe.ProbeSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyscallFallbackTest {
    @Test void tableIsExact() {
        assertEquals(List.of("syscalls/sys_enter_read"), SyscallFallback.tracepointsFor("ksys_read", false));
        assertEquals(List.of("syscalls/sys_exit_read"), SyscallFallback.tracepointsFor("ksys_read", true));
        assertEquals(List.of("syscalls/sys_enter_write"), SyscallFallback.tracepointsFor("ksys_write", false));
        assertEquals(List.of("syscalls/sys_enter_openat", "syscalls/sys_enter_openat2"), SyscallFallback.tracepointsFor("do_sys_openat2", false));
        assertEquals(List.of("syscalls/sys_exit_getppid"), SyscallFallback.tracepointsFor("__x64_sys_getppid", true));
        assertEquals(List.of(), SyscallFallback.tracepointsFor("vfs_read", false), "vfs_read's arguments are not read(2)'s");
        assertEquals(List.of(), SyscallFallback.tracepointsFor("__x64_sys_", false));
    }

    @Test void suggestions() {
        assertEquals(List.of("sys_enter_read"), Suggest.near("sys_enter_raed", List.of("sys_enter_read", "sys_exit_write", "sched_switch"), 3));
        assertTrue(Suggest.near("zzzzzz", List.of("sys_enter_read"), 3).isEmpty());
    }

    private static boolean root() { return "root".equals(System.getProperty("user.name")); }

    @Test void planOnThisKernel() {
        org.junit.jupiter.api.Assumptions.assumeTrue(root() && !KprobeSupport.available(), "needs root on a kernel without kprobes");
        AttachPlan p = Attacher.plan(ProbeSpec.parse("kprobe:ksys_read", Span.UNKNOWN));
        assertEquals(List.of("syscalls/sys_enter_read"), p.tracepoints());
        assertEquals(ContextLayout.SYSCALL_ENTER, p.target().layout());
        assertEquals("note: this kernel has no kprobes (CONFIG_KPROBES); `kprobe:ksys_read` runs on tracepoint "
                + "syscalls/sys_enter_read instead (bpf-arg n is the syscall's argument n)", p.notice());
        AttachPlan r = Attacher.plan(ProbeSpec.parse("kretprobe:ksys_read", Span.UNKNOWN));
        assertEquals(ContextLayout.SYSCALL_EXIT, r.target().layout());
        AttachPlan o = Attacher.plan(ProbeSpec.parse("kprobe:do_sys_openat2", Span.UNKNOWN));
        assertEquals(List.of("syscalls/sys_enter_openat", "syscalls/sys_enter_openat2"), o.tracepoints());

        AttachException e = assertThrows(AttachException.class, () -> Attacher.plan(ProbeSpec.parse("kprobe:vfs_read", Span.UNKNOWN)));
        assertTrue(e.getMessage().contains("CONFIG_KPROBES"), e.getMessage());
        assertTrue(e.help().contains("tracepoint:syscalls/sys_enter_read"), e.help());
    }

    @Test void missingTracepointSuggestsNearNames() {
        org.junit.jupiter.api.Assumptions.assumeTrue(root(), "needs root to mount tracefs");
        AttachException e = assertThrows(AttachException.class,
                () -> Attacher.plan(ProbeSpec.parse("tracepoint:syscalls/sys_enter_raed", Span.UNKNOWN)));
        assertEquals("tracepoint 'syscalls/sys_enter_read' does not exist".replace("read", "raed"), e.getMessage());
        assertTrue(e.help().contains("`syscalls/sys_enter_read`"), e.help());
        assertTrue(Files.isDirectory(Path.of("/sys/kernel/tracing/events")), "tracefs mounted on demand");
    }
}
