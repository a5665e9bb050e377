/**
 * BPF Type Format: a writer for the {@code .BTF} type/string tables ({@link dev.nuebpf.ebpf.btf.Btf}), the
 * {@code .BTF.ext} func/line info ({@link dev.nuebpf.ebpf.btf.BtfExt}) and a reader used by round-trip tests and
 * tools. Layouts follow Documentation/bpf/btf.rst.
 */
package dev.nuebpf.ebpf.btf;
