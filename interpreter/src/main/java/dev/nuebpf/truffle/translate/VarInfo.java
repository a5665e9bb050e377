package dev.nuebpf.truffle.translate;

import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;

/** A variable known while translating: its frame slot, mutability, and (for const) its value. */
public final class VarInfo {
    final String name;
    final int slot;
    final boolean mutable;
    final Value constValue;
    final FunctionScope owner;
    final Span span;
    /** True for {@code $in} bindings: reads collect the input lazily. */
    final boolean isIn;
    boolean used;
    /** A simple type known when translating (a def's switch is bool, a typed required parameter its type); null when unknown. */
    String staticType;
    /** The variable this one ultimately copies (captures chain to it); itself for an ordinary variable. */
    VarInfo origin = this;

    VarInfo(String name, int slot, boolean mutable, Value constValue, FunctionScope owner, Span span, boolean isIn) {
        this.name = name;
        this.slot = slot;
        this.mutable = mutable;
        this.constValue = constValue;
        this.owner = owner;
        this.span = span;
        this.isIn = isIn;
    }
}
