package dev.nuebpf.ebpf.helpers;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.ebpf.asm.HelperFunc;
import dev.nuebpf.ebpf.asm.Op;
import dev.nuebpf.ebpf.compile.Ir;
import dev.nuebpf.ebpf.compile.LoweringContext;
import dev.nuebpf.ebpf.compile.MapRole;
import dev.nuebpf.ebpf.compile.Val;
import dev.nuebpf.ebpf.simulate.ProbeState;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Expr;
import java.util.List;

/** bpf-start-timer: stores bpf-ktime in the timers hash under the current thread id. */
final class StartTimerHelper extends BpfHelper {
    @Override public Signature signature() {
        return sig("bpf-start-timer", "Start a latency timer for the current thread (pair with bpf-stop-timer).").io("nothing", "nothing");
    }

    @Override public List<Example> examples() {
        return examples(simulated("Time between two events of one thread", "ebpf simulate 'kprobe:ksys_read' {|| if (bpf-arg 0) == 0 { bpf-start-timer } else { bpf-stop-timer | bpf-emit } } --context [{args: [0], ktime: 1000}, {args: [1], ktime: 4000}]",
                Ex.events(Value.of(3000))));
    }

    @Override protected Value eval(Call call, ProbeState.Session s, Value input) {
        s.startTimer();
        return null;
    }

    /** The timers' key: the thread id (lower half of pid_tgid) in a zero-extended u64. */
    static int tidKey(LoweringContext cx, dev.nuebpf.diag.Span span) {
        int pt = cx.call(HelperFunc.GET_CURRENT_PID_TGID, span);
        int a = cx.vreg(), b = cx.vreg();
        cx.emit(new Ir.AluImm(Op.LSH, a, pt, 32, span));
        cx.emit(new Ir.AluImm(Op.RSH, b, a, 32, span));
        int key = cx.stackAlloc(8, span);
        cx.emit(new Ir.StoreStack(key, b, 8, span));
        return key;
    }

    @Override public Val lower(LoweringContext cx, Expr.Call call, Val input) {
        var span = call.span();
        String map = cx.map(MapRole.TIMERS, span);
        int mark = cx.mark();
        int key = tidKey(cx, span);
        int now = cx.call(HelperFunc.KTIME_GET_NS, span);
        int val = cx.stackAlloc(8, span);
        cx.emit(new Ir.StoreStack(val, now, 8, span));
        cx.call(HelperFunc.MAP_UPDATE_ELEM, span, new Ir.MapArg(map), new Ir.StackArg(key), new Ir.StackArg(val), new Ir.ImmArg(0));
        cx.release(mark);
        return Val.NOTHING;
    }
}
