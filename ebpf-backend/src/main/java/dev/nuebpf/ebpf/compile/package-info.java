/**
 * The closure-to-eBPF compiler. {@link dev.nuebpf.ebpf.compile.ProbeCompiler} is the entry point; the passes are
 * one class each: {@code Lowerer} (with {@code Operators}, {@code Control}: checks and IR), {@code RegAlloc}
 * (linear scan over r7–r9, spills), {@code DeadCode}, the {@code asm} assembler and {@code ObjectWriter} (ELF, BTF,
 * line info). Helpers contribute their code through {@link dev.nuebpf.ebpf.compile.Lowering}. What the runtime
 * needs to read a probe's output (maps by role, event schema, counter keys) is in
 * {@link dev.nuebpf.ebpf.compile.CompiledProbe}.
 */
package dev.nuebpf.ebpf.compile;
