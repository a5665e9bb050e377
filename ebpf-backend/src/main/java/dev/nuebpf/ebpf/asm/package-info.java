/**
 * The eBPF instruction model: {@link dev.nuebpf.ebpf.asm.Insn} values built with {@link dev.nuebpf.ebpf.asm.Asm},
 * jumps to named labels resolved by {@link dev.nuebpf.ebpf.asm.Assembler}, map loads left as relocations for the
 * ELF writer, and a readable {@link dev.nuebpf.ebpf.asm.Disassembler}. No knowledge of Nushell here.
 */
package dev.nuebpf.ebpf.asm;
