package dev.nuebpf.ebpf.compile;

import java.util.List;

/** What an expression evaluates to during lowering: where the value is and what kind of value it is. */
public sealed interface Val {

    /** Scalar kinds: an int, a bool (0/1), or an int that holds the comm's first 8 bytes (from bpf-comm). */
    enum Kind { INT, BOOL, COMM }

    /** A 64-bit value in virtual register {@code vreg}. */
    record Scalar(int vreg, Kind kind) implements Val {}

    /** A value known at compile time (literals, captured variables, loop counters of unrolled loops). */
    record Const(long value, Kind kind) implements Val {}

    /** A string literal: usable only where the compiler knows what to do with it (filters, record keys). */
    record StrLit(String value) implements Val {}

    /** A NUL-terminated string in a stack buffer of {@code size} bytes at {@code fp + off} (bpf-read-str). */
    record Str(int off, int size) implements Val {}

    /**
     * A record literal; only bpf-emit consumes it. {@code buffer} is the frame offset of the event buffer it was
     * laid out in when it was lowered right before a bpf-emit (strings were read straight into it), else 0.
     */
    record Rec(List<Entry> entries, int buffer) implements Val {
        public Rec(List<Entry> entries) { this(entries, 0); }
    }

    record Entry(String name, Val value, dev.nuebpf.diag.Span span) {}

    /** No value (statements, helpers that return nothing). */
    record Nothing() implements Val {}

    Nothing NOTHING = new Nothing();
}
