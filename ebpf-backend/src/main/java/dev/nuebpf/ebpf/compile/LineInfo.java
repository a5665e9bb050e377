package dev.nuebpf.ebpf.compile;

import dev.nuebpf.diag.Span;

/** Instruction {@code insn} (index in 8-byte slots) came from {@code span} of the closure (line/column 1-based). */
public record LineInfo(int insn, int line, int column, Span span) {}
