package dev.nuebpf.truffle.translate;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import java.util.ArrayList;
import java.util.List;

/**
 * One frame being laid out: a def, a closure, or a top-level chunk. Closures record the outer
 * variables they capture; defs capture nothing (they see only consts and commands from outside).
 */
final class FunctionScope {
    final FrameDescriptor.Builder fd = FrameDescriptor.newBuilder();
    final FunctionScope parent;
    final Scope definingScope;
    final boolean isDef;
    final List<Capture> captures = new ArrayList<>();
    /** Captured variables by their origin (identity), so a def's captures resolve to the right variable even when shadowed. */
    final java.util.Map<VarInfo, VarInfo> byOrigin = new java.util.IdentityHashMap<>();
    final int inSlot;
    /** Constants the body refers to (inlined; listed in a closure's captures for the eBPF compiler). */
    final java.util.Map<String, dev.nuebpf.runtime.Value> constRefs = new java.util.LinkedHashMap<>();
    Scope top;

    record Capture(VarInfo outer, int innerSlot, String name) {}

    FunctionScope(FunctionScope parent, Scope definingScope, boolean isDef) {
        this.parent = parent;
        this.definingScope = definingScope;
        this.isDef = isDef;
        this.inSlot = addSlot("$in");
    }

    int addSlot(String name) { return fd.addSlot(FrameSlotKind.Illegal, name, null); }

    int addLongSlot(String name) { return fd.addSlot(FrameSlotKind.Long, name, null); }
}
