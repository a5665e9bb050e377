/**
 * The kernel boundary: the few libc calls and syscalls the eBPF runtime needs, through JNA, with
 * syscall arguments passed as {@code long} (so no C glue of our own has to be built). Everything above
 * this package talks in fds, {@link dev.nuebpf.ebpf.sys.Fd} handles and {@link dev.nuebpf.ebpf.sys.SysException}.
 */
package dev.nuebpf.ebpf.sys;
