package dev.nuebpf.ebpf.link;

import java.util.List;
import java.util.Map;

/**
 * For kernels without kprobes: kernel functions that implement a system call map to that system call's
 * tracepoints, {@code sys_enter_*} for a kprobe and {@code sys_exit_*} for a kretprobe. The table is small
 * and exact on purpose: only functions whose arguments are the syscall's arguments in the same order are
 * listed, so {@code bpf-arg n} reads the same value, and {@code bpf-retval} is the syscall's return value.
 */
public final class SyscallFallback {
    private SyscallFallback() {}

    private static final Map<String, List<String>> TABLE = Map.of(
            "ksys_read", List.of("read"),
            "ksys_write", List.of("write"),
            "ksys_pread64", List.of("pread64"),
            "ksys_pwrite64", List.of("pwrite64"),
            "ksys_lseek", List.of("lseek"),
            // do_sys_openat2(dfd, filename, how) and do_sys_open(dfd, filename, flags, mode): openat's order
            "do_sys_openat2", List.of("openat", "openat2"),
            "do_sys_open", List.of("openat"));

    private static final List<String> SYSCALL_PREFIXES = List.of("__x64_sys_", "__arm64_sys_", "__se_sys_", "__do_sys_");

    /** The syscall names whose tracepoints stand in for {@code function}, or an empty list. */
    public static List<String> syscallsFor(String function) {
        List<String> t = TABLE.get(function);
        if (t != null) return t;
        for (String p : SYSCALL_PREFIXES)
            if (function.startsWith(p) && function.length() > p.length()) return List.of(function.substring(p.length()));
        return List.of();
    }

    /** The tracepoint names ({@code syscalls/sys_enter_x}) for a kprobe or kretprobe on {@code function}. */
    public static List<String> tracepointsFor(String function, boolean ret) {
        return syscallsFor(function).stream().map(s -> "syscalls/sys_" + (ret ? "exit_" : "enter_") + s).toList();
    }

    /**
     * Tracepoints a user could use instead of a kprobe on a function we cannot map: the syscall tracepoint named
     * like the function's last word(s) first ({@code vfs_read} → {@code syscalls/sys_enter_read}), then others
     * containing that word, then near names.
     */
    public static List<String> alternatives(String function, boolean ret) {
        List<String> all = Tracefs.allTracepoints();
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        String stem = function.replaceFirst("^_+", "");
        while (true) {
            if (stem.length() >= 3) {
                String exact = "syscalls/sys_" + (ret ? "exit_" : "enter_") + stem;
                if (all.contains(exact)) out.add(exact);
                for (String tp : all) {
                    String name = tp.substring(tp.indexOf('/') + 1);
                    if (tp.startsWith("syscalls/") && !name.startsWith(ret ? "sys_exit_" : "sys_enter_")) continue;
                    boolean word = java.util.Arrays.asList(name.split("_")).contains(stem);
                    if (tp.startsWith("syscalls/") ? name.contains(stem) : word) out.add(tp);
                }
            }
            if (!out.isEmpty()) break;
            int u = stem.indexOf('_');
            if (u < 0) break;
            stem = stem.substring(u + 1);
        }
        if (out.isEmpty()) out.addAll(Suggest.near(function, all, 4));
        return out.stream().limit(6).toList();
    }
}
