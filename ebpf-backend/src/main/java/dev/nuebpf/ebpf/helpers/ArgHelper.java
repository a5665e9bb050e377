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
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/**
 * bpf-arg n: argument n (0–5) of the probed function or system call, read from the program context at the offset
 * the target's {@link dev.nuebpf.ebpf.probe.ContextLayout} gives (pt_regs for kprobes, 8-byte slots for syscall
 * tracepoints).
 */
final class ArgHelper extends BpfHelper {
    @Override public Signature signature() {
        return sig("bpf-arg", "Read argument n (0-5) of the probed function or system call.")
                .required("n", SyntaxShape.INT, "argument index, 0 to 5").io("nothing", "int");
    }

    @Override public List<Example> examples() {
        return examples(simulated("The third argument of read() is the byte count", "ebpf simulate 'kprobe:ksys_read' {|| bpf-arg 2 | bpf-emit } --context [{args: [3 0 100]}]",
                Ex.events(Value.of(100))));
    }

    @Override protected Value eval(Call call, ProbeState.Session s, Value input) {
        long n = call.intArg(0);
        Long v = s.context().arg((int) n);
        if (v == null) throw error(call.positionalSpan(0), "there is no argument " + n + " in this context",
                "probe arguments exist in a probe: use `ebpf simulate <probe> {...} --context [{args: [...]}]` to try one");
        return Value.of(v);
    }

    @Override public Val lower(LoweringContext cx, Expr.Call call, Val input) {
        Expr arg = LoweringContext.positional(call, 0);
        if (arg == null) throw Diagnostics.unsupported(call.span(), "bpf-arg needs the argument's index", "write e.g. `bpf-arg 0`");
        long n = cx.constant(arg, "the argument index");
        int off = cx.target().layout().argOffset((int) n);
        if (n < 0 || n > 5) throw Diagnostics.unsupported(arg.span(), "argument " + n + " does not exist", "arguments are numbered 0 to 5");
        if (off < 0) throw Diagnostics.unsupported(call.span(), "`" + cx.target().sectionName() + "` has no argument " + n
                + " (its context is " + cx.target().layout() + ")", cx.target().layout().hasRetval()
                ? "a return probe sees only the return value: use bpf-retval, and read arguments in the entry probe"
                : "use a kprobe, a syscall entry tracepoint (syscalls/sys_enter_*) or a raw tracepoint");
        int r = cx.vreg();
        cx.emit(new Ir.LoadCtx(r, off, call.span()));
        return new Val.Scalar(r, Val.Kind.INT);
    }
}
