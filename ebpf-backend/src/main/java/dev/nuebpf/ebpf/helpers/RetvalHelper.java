package dev.nuebpf.ebpf.helpers;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.ebpf.compile.Diagnostics;
import dev.nuebpf.ebpf.compile.Ir;
import dev.nuebpf.ebpf.compile.LoweringContext;
import dev.nuebpf.ebpf.compile.Val;
import dev.nuebpf.ebpf.simulate.ProbeState;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Expr;
import java.util.List;

/** bpf-retval: the return value in a kretprobe (pt_regs ax) or a syscall exit tracepoint (`ret`). */
final class RetvalHelper extends BpfHelper {
    @Override public Signature signature() {
        return sig("bpf-retval", "Read the return value of the probed function (kretprobe, sys_exit tracepoint).").io("nothing", "int");
    }

    @Override public List<Example> examples() {
        return examples(simulated("Bytes returned by read()", "ebpf simulate 'kretprobe:ksys_read' {|| bpf-retval | bpf-histogram } --context [{retval: 100}, {retval: 0}]",
                Ex.result(List.of(), List.of(), List.of(Ex.bucket(0, 1), Ex.bucket(7, 1)))));
    }

    @Override protected Value eval(Call call, ProbeState.Session s, Value input) {
        Long v = s.context().retval();
        if (v == null) throw error(call.head(), "there is no return value in this context",
                "return values exist in return probes: try `ebpf simulate 'kretprobe:...' {...} --context [{retval: 0}]`");
        return Value.of(v);
    }

    @Override public Val lower(LoweringContext cx, Expr.Call call, Val input) {
        int off = cx.target().layout().retvalOffset();
        if (off < 0) throw Diagnostics.unsupported(call.span(), "`" + cx.target().sectionName() + "` has no return value (its context is "
                + cx.target().layout() + ")", "use a kretprobe or a syscall exit tracepoint (syscalls/sys_exit_*)");
        int r = cx.vreg();
        cx.emit(new Ir.LoadCtx(r, off, call.span()));
        return new Val.Scalar(r, Val.Kind.INT);
    }
}
