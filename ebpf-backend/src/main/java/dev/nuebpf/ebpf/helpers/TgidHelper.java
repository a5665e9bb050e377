package dev.nuebpf.ebpf.helpers;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.ebpf.asm.HelperFunc;
import dev.nuebpf.ebpf.asm.Op;
import dev.nuebpf.ebpf.compile.Ir;
import dev.nuebpf.ebpf.compile.LoweringContext;
import dev.nuebpf.ebpf.compile.Val;
import dev.nuebpf.ebpf.simulate.ProbeState;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Expr;
import java.util.List;

/** bpf-tgid: the process id (thread group id), the upper half of bpf_get_current_pid_tgid. */
final class TgidHelper extends BpfHelper {
    @Override public Signature signature() {
        return sig("bpf-tgid", "Get the process id (thread group id) of the current task.").io("nothing", "int");
    }

    @Override public List<Example> examples() {
        return examples(Example.parseOnly("This shell's process id", "bpf-tgid"),
                simulated("The process id of a simulated event", "ebpf simulate 'kprobe:ksys_read' {|| bpf-tgid | bpf-emit } --context [{pid: 42}]", Ex.events(Value.of(42))));
    }

    @Override protected Value eval(Call call, ProbeState.Session s, Value input) { return Value.of(s.context().tgid()); }

    @Override public Val lower(LoweringContext cx, Expr.Call call, Val input) {
        int r = cx.call(HelperFunc.GET_CURRENT_PID_TGID, call.span());
        int t = cx.vreg();
        cx.emit(new Ir.AluImm(Op.RSH, t, r, 32, call.span()));
        return new Val.Scalar(t, Val.Kind.INT);
    }
}
