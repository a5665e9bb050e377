package dev.nuebpf.ebpf.helpers;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.ebpf.asm.HelperFunc;
import dev.nuebpf.ebpf.compile.Ir;
import dev.nuebpf.ebpf.compile.LoweringContext;
import dev.nuebpf.ebpf.compile.Val;
import dev.nuebpf.ebpf.simulate.ProbeState;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Expr;
import java.util.List;

/**
 * bpf-comm: the task's command name, its first 8 bytes as a little-endian int. The compiler tracks that the int is
 * a comm: counted or emitted, the whole 16-byte comm is stored and shown as a string.
 */
final class CommHelper extends BpfHelper {
    @Override public Signature signature() {
        return sig("bpf-comm", "Get the current task's command name (first 8 bytes as an int; counters and events show it as a string).").io("nothing", "int");
    }

    @Override public List<Example> examples() {
        return examples(Example.parseOnly("This thread's comm as an int", "bpf-comm"),
                simulated("Count events per command", "ebpf simulate 'kprobe:ksys_read' {|| bpf-comm | bpf-count } --context [{comm: bash}, {comm: nginx}, {comm: bash}]",
                        Ex.result(List.of(), List.of(Ex.counter(Value.of("bash"), 2), Ex.counter(Value.of("nginx"), 1)), List.of())));
    }

    @Override protected Value eval(Call call, ProbeState.Session s, Value input) { return Value.of(commInt(s.context().comm())); }

    @Override public Val lower(LoweringContext cx, Expr.Call call, Val input) {
        int mark = cx.mark();
        int buf = cx.stackAlloc(16, call.span());
        cx.call(HelperFunc.GET_CURRENT_COMM, call.span(), new Ir.StackArg(buf), new Ir.ImmArg(16));
        int r = cx.vreg();
        cx.emit(new Ir.LoadStack(r, buf, 8, call.span()));
        cx.release(mark);
        return new Val.Scalar(r, Val.Kind.COMM);
    }
}
