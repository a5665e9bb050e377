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

/**
 * bpf-stop-timer: the nanoseconds since this thread's bpf-start-timer (the start is removed). Without a start the
 * probe ends early, as a filter does, so no bogus latency is recorded.
 */
final class StopTimerHelper extends BpfHelper {
    @Override public Signature signature() {
        return sig("bpf-stop-timer", "Stop the current thread's latency timer and return the elapsed nanoseconds (ends the probe if none was started).").io("nothing", "int");
    }

    @Override public List<Example> examples() {
        return examples(simulated("No start, no latency", "ebpf simulate 'kretprobe:ksys_read' {|| bpf-stop-timer | bpf-emit } --context [{ktime: 10}]", Ex.events()));
    }

    @Override protected Value eval(Call call, ProbeState.Session s, Value input) {
        Long e = s.stopTimer();
        if (e == null) throw ProbeState.endProbe(call.head(), "no bpf-start-timer for this thread");
        return Value.of(e);
    }

    @Override public Val lower(LoweringContext cx, Expr.Call call, Val input) {
        var span = call.span();
        String map = cx.map(MapRole.TIMERS, span);
        int mark = cx.mark();
        int key = StartTimerHelper.tidKey(cx, span);
        int p = cx.call(HelperFunc.MAP_LOOKUP_ELEM, span, new Ir.MapArg(map), new Ir.StackArg(key));
        String have = cx.label("timer_have");
        cx.emit(new Ir.BranchImm(Op.JNE, p, 0, have, span));
        cx.emit(new Ir.Exit(span));
        cx.emit(new Ir.Label(have, span));
        int start = cx.vreg();
        cx.emit(new Ir.LoadPtr(start, p, 0, span));
        int now = cx.call(HelperFunc.KTIME_GET_NS, span);
        int elapsed = cx.vreg();
        cx.emit(new Ir.Alu(Op.SUB, elapsed, now, start, false, span));
        cx.call(HelperFunc.MAP_DELETE_ELEM, span, new Ir.MapArg(map), new Ir.StackArg(key));
        cx.release(mark);
        return new Val.Scalar(elapsed, Val.Kind.INT);
    }
}
