package dev.nuebpf.ebpf.helpers;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.ebpf.asm.HelperFunc;
import dev.nuebpf.ebpf.asm.Op;
import dev.nuebpf.ebpf.compile.Diagnostics;
import dev.nuebpf.ebpf.compile.Ir;
import dev.nuebpf.ebpf.compile.LoweringContext;
import dev.nuebpf.ebpf.compile.Val;
import dev.nuebpf.ebpf.simulate.ProbeState;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** bpf-filter-pid n: ends the probe unless the current process id is n. */
final class FilterPidHelper extends BpfHelper {
    @Override public Signature signature() {
        return sig("bpf-filter-pid", "End the probe early unless the current process id (tgid) is the given one.")
                .required("pid", SyntaxShape.INT, "process id to keep").io("nothing", "nothing");
    }

    @Override public List<Example> examples() {
        return examples(simulated("Only process 7", "ebpf simulate 'kprobe:ksys_read' {|| bpf-filter-pid 7; bpf-tgid | bpf-emit } --context [{pid: 7}, {pid: 8}]",
                Ex.events(Value.of(7))));
    }

    @Override protected Value eval(Call call, ProbeState.Session s, Value input) {
        long want = call.intArg(0);
        if (s.context().tgid() != want) throw ProbeState.endProbe(call.head(), "process " + s.context().tgid() + " is not " + want);
        return null;
    }

    @Override public Val lower(LoweringContext cx, Expr.Call call, Val input) {
        var span = call.span();
        Expr arg = LoweringContext.positional(call, 0);
        if (arg == null) throw Diagnostics.unsupported(span, "bpf-filter-pid needs a process id", "write e.g. `bpf-filter-pid 1234`");
        Val want = cx.lower(arg);
        int pt = cx.call(HelperFunc.GET_CURRENT_PID_TGID, span);
        int tgid = cx.vreg();
        cx.emit(new Ir.AluImm(Op.RSH, tgid, pt, 32, span));
        String keep = cx.label("pid_ok");
        if (want instanceof Val.Const c && c.value() == (int) c.value()) cx.emit(new Ir.BranchImm(Op.JEQ, tgid, (int) c.value(), keep, span));
        else cx.emit(new Ir.Branch(Op.JEQ, tgid, cx.materialize(want, arg.span()), keep, span));
        cx.emit(new Ir.Exit(span));
        cx.emit(new Ir.Label(keep, span));
        return Val.NOTHING;
    }
}
