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

/** bpf-uid: the real user id, the lower half of bpf_get_current_uid_gid. */
final class UidHelper extends BpfHelper {
    @Override public Signature signature() {
        return sig("bpf-uid", "Get the user id of the current task.").io("nothing", "int");
    }

    @Override public List<Example> examples() {
        return examples(Example.parseOnly("This shell's user id", "bpf-uid"),
                simulated("Keep root's events", "ebpf simulate 'kprobe:ksys_read' {|| if (bpf-uid) == 0 { bpf-tgid | bpf-emit } } --context [{pid: 1, uid: 0}, {pid: 2, uid: 1000}]",
                        Ex.events(Value.of(1))));
    }

    @Override protected Value eval(Call call, ProbeState.Session s, Value input) { return Value.of(s.context().uid()); }

    @Override public Val lower(LoweringContext cx, Expr.Call call, Val input) {
        int r = cx.call(HelperFunc.GET_CURRENT_UID_GID, call.span());
        int a = cx.vreg(), b = cx.vreg();
        cx.emit(new Ir.AluImm(Op.LSH, a, r, 32, call.span()));
        cx.emit(new Ir.AluImm(Op.RSH, b, a, 32, call.span()));
        return new Val.Scalar(b, Val.Kind.INT);
    }
}
