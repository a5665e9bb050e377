package dev.nuebpf.truffle.interop;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;

/** Converts nu values to what polyglot callers see: primitives, arrays (lists), objects with members (records). */
public final class Interop {
    private Interop() {}

    public static Object toGuest(Value v) {
        if (v == null || v == Value.NOTHING) return NuNull.INSTANCE;
        if (v instanceof Value.Int i) return i.value();
        if (v instanceof Value.Float f) return f.value();
        if (v instanceof Value.Bool b) return b.value();
        if (v instanceof Value.Str s) return s.value();
        if (v instanceof Value.ListV l) return new NuList(l);
        if (v instanceof Value.RangeV r) return new NuList(new Value.ListV(rangeItems(r)));
        if (v instanceof Record r) return new NuRecord(r);
        return new NuOpaque(v);
    }

    private static java.util.List<Value> rangeItems(Value.RangeV r) {
        java.util.List<Value> out = new java.util.ArrayList<>();
        var it = dev.nuebpf.runtime.Values.rangeIterator(r);
        while (it.hasNext() && out.size() < 1_000_000) out.add(it.next());
        return out;
    }
}
