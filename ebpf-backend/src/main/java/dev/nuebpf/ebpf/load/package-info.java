/**
 * From an ELF object to loaded kernel objects. Parsing ({@link dev.nuebpf.ebpf.load.ElfObject},
 * {@link dev.nuebpf.ebpf.load.Btf}, {@link dev.nuebpf.ebpf.load.BtfExt}, {@link dev.nuebpf.ebpf.load.ObjectReader})
 * makes no syscalls, so it is testable anywhere; {@link dev.nuebpf.ebpf.load.Loader} creates the maps, loads the
 * BTF, patches map references into the instructions and loads the programs through the verifier. It reads
 * the objects our compiler writes and clang {@code -target bpf} objects in libbpf's style ({@code .maps} + {@code .BTF}).
 */
package dev.nuebpf.ebpf.load;
