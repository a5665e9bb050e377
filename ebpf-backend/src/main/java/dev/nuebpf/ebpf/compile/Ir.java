package dev.nuebpf.ebpf.compile;

import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.asm.HelperFunc;
import java.util.List;

/**
 * The compiler's intermediate form: three-address operations on virtual registers ({@code v0, v1, ...}), all
 * 64-bit, with stack buffers addressed by frame offset. The context pointer is not a virtual register: it lives in
 * r6 for the whole program. Control flow only jumps forward (loops are unrolled), so a virtual register's live
 * range is an interval in program order, which is what {@link RegAlloc} relies on.
 */
public sealed interface Ir {
    Span span();

    record Const(int dst, long value, Span span) implements Ir {}

    record Mov(int dst, int src, Span span) implements Ir {}

    /** {@code dst = a op b}; {@code signed} selects signed div/mod. */
    record Alu(int op, int dst, int a, int b, boolean signed, Span span) implements Ir {}

    /** {@code dst = a op imm}. */
    record AluImm(int op, int dst, int a, int imm, Span span) implements Ir {}

    /** {@code dst = *(u64 *)(ctx + off)}. */
    record LoadCtx(int dst, int off, Span span) implements Ir {}

    /** {@code dst = *(size *)(fp + off)}, size in bytes (1, 2, 4, 8). */
    record LoadStack(int dst, int off, int size, Span span) implements Ir {}

    record StoreStack(int off, int src, int size, Span span) implements Ir {}

    record StoreStackImm(int off, int imm, int size, Span span) implements Ir {}

    /** {@code dst = *(u64 *)(ptr + off)} where ptr is a map value pointer held in a virtual register. */
    record LoadPtr(int dst, int ptr, int off, Span span) implements Ir {}

    /** {@code lock *(u64 *)(ptr + off) += src}. */
    record AtomicAdd(int ptr, int off, int src, Span span) implements Ir {}

    /** Call a kernel helper; {@code dst} receives r0 (or -1). Arguments go to r1.. in order. */
    record Call(HelperFunc func, List<Arg> args, int dst, Span span) implements Ir {}

    record Jump(String label, Span span) implements Ir {}

    /** {@code if a cmp b goto label} ({@code b} a virtual register). cmp is an asm jump op (Op.JEQ...). */
    record Branch(int cmp, int a, int b, String label, Span span) implements Ir {}

    record BranchImm(int cmp, int a, int imm, String label, Span span) implements Ir {}

    record Label(String name, Span span) implements Ir {}

    /** Return 0 from the program. */
    record Exit(Span span) implements Ir {}

    /** A helper argument. */
    sealed interface Arg {}

    record VregArg(int vreg) implements Arg {}

    record ImmArg(long value) implements Arg {}

    /** The address {@code fp + off}. */
    record StackArg(int off) implements Arg {}

    record MapArg(String symbol) implements Arg {}

    /** The program's context pointer (r6). */
    record CtxArg() implements Arg {}
}
