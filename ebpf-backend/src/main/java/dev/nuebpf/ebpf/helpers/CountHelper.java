package dev.nuebpf.ebpf.helpers;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.ebpf.asm.HelperFunc;
import dev.nuebpf.ebpf.asm.Op;
import dev.nuebpf.ebpf.compile.CounterKeyKind;
import dev.nuebpf.ebpf.compile.Diagnostics;
import dev.nuebpf.ebpf.compile.Ir;
import dev.nuebpf.ebpf.compile.LoweringContext;
import dev.nuebpf.ebpf.compile.MapRole;
import dev.nuebpf.ebpf.compile.Val;
import dev.nuebpf.ebpf.simulate.ProbeState;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Expr;
import java.util.List;

/**
 * bpf-count: adds one to the counter keyed by its input. In the kernel: look the key up in the counters hash; if
 * missing, insert 0 with BPF_NOEXIST (so concurrent inserts cannot reset a count) and look up again; then an atomic
 * add. A comm from bpf-comm is counted by its whole 16 bytes and shown as a string; a string from bpf-read-str is
 * counted by its zero-padded buffer.
 */
final class CountHelper extends BpfHelper {
    private static final int BPF_NOEXIST = 1;

    @Override public Signature signature() {
        return sig("bpf-count", "Increment the counter keyed by the input (read them with `ebpf counters`).")
                .io("int", "nothing").io("bool", "nothing").io("string", "nothing");
    }

    @Override public List<Example> examples() {
        return examples(simulated("Count reads per file descriptor", "ebpf simulate 'kprobe:ksys_read' {|| bpf-arg 0 | bpf-count } --context [{args: [3]}, {args: [3]}, {args: [1]}]",
                Ex.result(List.of(), List.of(Ex.counter(Value.of(3), 2), Ex.counter(Value.of(1), 1)), List.of())));
    }

    @Override protected Value eval(Call call, ProbeState.Session s, Value input) {
        if (input instanceof Value.Str) {
            s.count(input);
            return null;
        }
        intInput(call, input, "int or string");
        s.count(input instanceof Value.Bool b ? Value.of(b.value() ? 1 : 0) : input);
        return null;
    }

    @Override public Val lower(LoweringContext cx, Expr.Call call, Val input) {
        var span = call.span();
        boolean comm = input instanceof Val.Scalar sc && sc.kind() == Val.Kind.COMM || input instanceof Val.Const c && c.kind() == Val.Kind.COMM;
        boolean str = input instanceof Val.Str;
        if (!(input instanceof Val.Scalar || input instanceof Val.Const || str))
            throw Diagnostics.unsupported(span, "bpf-count counts by an int or string key, found " + describe(input), "pipe an int in, e.g. `bpf-comm | bpf-count`");
        cx.counterKey(comm ? CounterKeyKind.COMM : str ? CounterKeyKind.STRING : CounterKeyKind.INT, span);
        String map = cx.map(MapRole.COUNTERS, span);
        int mark = cx.mark();
        int key;
        if (str) key = ((Val.Str) input).off(); // the zero-padded string buffer is the key
        else {
            key = cx.stackAlloc(comm ? 16 : 8, span);
            if (comm) cx.call(HelperFunc.GET_CURRENT_COMM, span, new Ir.StackArg(key), new Ir.ImmArg(16));
            else cx.emit(new Ir.StoreStack(key, cx.materialize(input, span), 8, span));
        }
        int p = cx.call(HelperFunc.MAP_LOOKUP_ELEM, span, new Ir.MapArg(map), new Ir.StackArg(key));
        String have = cx.label("count_have"), done = cx.label("count_done");
        cx.emit(new Ir.BranchImm(Op.JNE, p, 0, have, span));
        int zero = cx.stackAlloc(8, span);
        cx.emit(new Ir.StoreStackImm(zero, 0, 8, span));
        cx.call(HelperFunc.MAP_UPDATE_ELEM, span, new Ir.MapArg(map), new Ir.StackArg(key), new Ir.StackArg(zero), new Ir.ImmArg(BPF_NOEXIST));
        int p2 = cx.call(HelperFunc.MAP_LOOKUP_ELEM, span, new Ir.MapArg(map), new Ir.StackArg(key));
        cx.emit(new Ir.BranchImm(Op.JEQ, p2, 0, done, span));
        cx.emit(new Ir.Mov(p, p2, span));
        cx.emit(new Ir.Label(have, span));
        int one = cx.vreg();
        cx.emit(new Ir.Const(one, 1, span));
        cx.emit(new Ir.AtomicAdd(p, 0, one, span));
        cx.emit(new Ir.Label(done, span));
        cx.release(mark);
        return Val.NOTHING;
    }

    static String describe(Val v) {
        return v instanceof Val.Str ? "a string" : v instanceof Val.Rec ? "a record" : v instanceof Val.StrLit ? "a string literal" : "nothing";
    }
}
