package dev.nuebpf.ebpf.compile;

import dev.nuebpf.diag.Span;

/**
 * The instruction at slot {@code insn} (8-byte units, as the verifier log and {@code .BTF.ext} number them: an
 * LD_IMM64 takes two) came from {@code span} of the closure (line/column 1-based).
 */
public record LineInfo(int insn, int line, int column, Span span) {}
