/**
 * Probe specifications ({@code kprobe:fn}, {@code tracepoint:cat/name}, ...) and what a program compiled for one
 * needs to know: program type, ELF section name and context layout. Shared by the compiler and the runtime, which
 * may swap a kprobe target for a syscall tracepoint on kernels without kprobes.
 */
package dev.nuebpf.ebpf.probe;
