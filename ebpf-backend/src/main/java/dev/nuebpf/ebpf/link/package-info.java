/**
 * Attaching loaded programs, one class per attach type ({@link dev.nuebpf.ebpf.link.TracepointLink},
 * {@link dev.nuebpf.ebpf.link.KprobeLink}, {@link dev.nuebpf.ebpf.link.UprobeLink},
 * {@link dev.nuebpf.ebpf.link.RawTracepointLink}) behind {@link dev.nuebpf.ebpf.link.Link}. Kernels without
 * kprobes get {@link dev.nuebpf.ebpf.link.SyscallFallback}: syscall-implementing functions map to their syscall
 * tracepoints. Every failure is an {@link dev.nuebpf.ebpf.link.AttachException} with a user-facing hint.
 */
package dev.nuebpf.ebpf.link;
