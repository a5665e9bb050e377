package dev.nuebpf.ebpf.compile;

import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.asm.HelperFunc;

/**
 * Emitting an event: the value is laid out per the probe's {@link EventSchema} in a stack buffer and copied to the
 * events map with bpf_ringbuf_output (ring buffer) or bpf_perf_event_output on the current CPU (perf array).
 */
public final class Events {
    private Events() {}

    /** BPF_F_CURRENT_CPU: as a 64-bit flag it must be exactly 0xffffffff (a sign-extended -1 is rejected). */
    private static final long CURRENT_CPU = 0xffffffffL;

    public static void emit(LoweringContext cx, Val v, Span span) {
        EventSchema s = cx.schema().layoutFor(v, span, cx.options().stringBytes());
        int mark = cx.mark();
        int buf = v instanceof Val.Rec r && r.buffer() != 0 ? r.buffer() : cx.stackAlloc(s.size(), span);
        if (v instanceof Val.Rec r) {
            for (int i = 0; i < r.entries().size(); i++) write(cx, buf, s.fields().get(i), r.entries().get(i).value(), r.entries().get(i).span());
        } else {
            write(cx, buf, s.fields().get(0), v, span);
        }
        output(cx, buf, s.size(), span);
        cx.release(mark);
    }

    /**
     * A full ring buffer refuses the write and counts nothing itself (a perf buffer counts its losses for the
     * reader), so a failed bpf_ringbuf_output adds one to the single slot of the drops array.
     */
    private static void countDrop(LoweringContext cx, int ret, Span span) {
        String drops = cx.map(MapRole.DROPS, span);
        String ok = cx.label("emit_ok");
        cx.emit(new Ir.BranchImm(dev.nuebpf.ebpf.asm.Op.JEQ, ret, 0, ok, span));
        int mark = cx.mark();
        int key = cx.stackAlloc(8, span);
        cx.emit(new Ir.StoreStackImm(key, 0, 8, span));
        int p = cx.call(HelperFunc.MAP_LOOKUP_ELEM, span, new Ir.MapArg(drops), new Ir.StackArg(key));
        cx.emit(new Ir.BranchImm(dev.nuebpf.ebpf.asm.Op.JEQ, p, 0, ok, span));
        int one = cx.vreg();
        cx.emit(new Ir.Const(one, 1, span));
        cx.emit(new Ir.AtomicAdd(p, 0, one, span));
        cx.release(mark);
        cx.emit(new Ir.Label(ok, span));
    }

    /** Copies {@code size} bytes at {@code buf} to the events map. */
    public static void output(LoweringContext cx, int buf, int size, Span span) {
        String map = cx.map(MapRole.EVENTS, span);
        if (cx.options().eventsMap() == MapType.RINGBUF) {
            int r = cx.call(HelperFunc.RINGBUF_OUTPUT, span, new Ir.MapArg(map), new Ir.StackArg(buf), new Ir.ImmArg(size), new Ir.ImmArg(cx.options().ringbufFlags()));
            countDrop(cx, r, span);
        } else
            cx.call(HelperFunc.PERF_EVENT_OUTPUT, span, new Ir.CtxArg(), new Ir.MapArg(map), new Ir.ImmArg(CURRENT_CPU),
                    new Ir.StackArg(buf), new Ir.ImmArg(size));
    }

    private static void write(LoweringContext cx, int buf, EventSchema.Field f, Val v, Span span) {
        int at = buf + f.offset();
        switch (f.kind()) {
            case INT, BOOL -> {
                if (v instanceof Val.Const c && c.value() == (int) c.value()) cx.emit(new Ir.StoreStackImm(at, (int) c.value(), 8, span));
                else cx.emit(new Ir.StoreStack(at, cx.materialize(v, span), 8, span));
            }
            // bpf-comm's value is the comm's first 8 bytes; an event carries the whole 16-byte comm
            case COMM -> cx.call(HelperFunc.GET_CURRENT_COMM, span, new Ir.StackArg(at), new Ir.ImmArg(16));
            case STRING -> {
                if (v instanceof Val.StrLit lit) {
                    byte[] b = java.util.Arrays.copyOf(lit.value().getBytes(java.nio.charset.StandardCharsets.UTF_8), f.size());
                    for (int i = 0; i < f.size(); i += 8) {
                        long word = java.nio.ByteBuffer.wrap(b, i, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
                        if (word == (int) word) cx.emit(new Ir.StoreStackImm(at + i, (int) word, 8, span));
                        else cx.emit(new Ir.StoreStack(at + i, cx.materialize(new Val.Const(word, Val.Kind.INT), span), 8, span));
                    }
                    return;
                }
                Val.Str str = (Val.Str) v;
                if (str.off() == at) return;
                for (int i = 0; i < f.size(); i += 8) {
                    int t = cx.vreg();
                    cx.emit(new Ir.LoadStack(t, str.off() + i, 8, span));
                    cx.emit(new Ir.StoreStack(at + i, t, 8, span));
                }
            }
        }
    }
}
