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

/** bpf-pid: the full pid_tgid value, {@code tgid << 32 | tid}. */
final class PidHelper extends BpfHelper {
    @Override public Signature signature() {
        return sig("bpf-pid", "Get the full pid_tgid of the current task: process id << 32 | thread id.").io("nothing", "int");
    }

    @Override public List<Example> examples() {
        return examples(Example.parseOnly("This shell's pid_tgid", "bpf-pid"),
                simulated("Process 2, thread 3", "ebpf simulate 'kprobe:ksys_read' {|| bpf-pid | bpf-emit } --context [{pid: 2, tid: 3}]",
                        Ex.events(Value.of(2L << 32 | 3))));
    }

    @Override protected Value eval(Call call, ProbeState.Session s, Value input) { return Value.of(s.context().pidTgid()); }

    @Override public Val lower(LoweringContext cx, Expr.Call call, Val input) {
        return new Val.Scalar(cx.call(HelperFunc.GET_CURRENT_PID_TGID, call.span()), Val.Kind.INT);
    }
}
