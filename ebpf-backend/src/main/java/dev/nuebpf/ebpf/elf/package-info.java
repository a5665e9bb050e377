/**
 * A minimal ELF64 little-endian relocatable-object writer ({@link dev.nuebpf.ebpf.elf.ElfWriter}) and reader
 * ({@link dev.nuebpf.ebpf.elf.ElfReader}, for round-trips), enough for BPF objects as libbpf reads them:
 * program sections, {@code license}, {@code .maps}, {@code .BTF}, {@code .BTF.ext}, a symbol table and
 * {@code .rel} sections with R_BPF_64_64 relocations.
 */
package dev.nuebpf.ebpf.elf;
