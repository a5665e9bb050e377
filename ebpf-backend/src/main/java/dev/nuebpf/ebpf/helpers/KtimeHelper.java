package dev.nuebpf.ebpf.helpers;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.ebpf.asm.HelperFunc;
import dev.nuebpf.ebpf.compile.LoweringContext;
import dev.nuebpf.ebpf.compile.Val;
import dev.nuebpf.ebpf.simulate.ProbeState;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Expr;
import java.util.List;

/** bpf-ktime: CLOCK_MONOTONIC in nanoseconds (bpf_ktime_get_ns). */
final class KtimeHelper extends BpfHelper {
    @Override public Signature signature() {
        return sig("bpf-ktime", "Get the kernel's monotonic clock in nanoseconds (CLOCK_MONOTONIC).").io("nothing", "int");
    }

    @Override public List<Example> examples() {
        return examples(Example.parseOnly("Nanoseconds since boot", "bpf-ktime"),
                simulated("The simulated clock", "ebpf simulate 'kprobe:ksys_read' {|| bpf-ktime | bpf-emit } --context [{ktime: 5000}]", Ex.events(Value.of(5000))));
    }

    @Override protected Value eval(Call call, ProbeState.Session s, Value input) { return Value.of(s.context().ktime()); }

    @Override public Val lower(LoweringContext cx, Expr.Call call, Val input) {
        return new Val.Scalar(cx.call(HelperFunc.KTIME_GET_NS, call.span()), Val.Kind.INT);
    }
}
