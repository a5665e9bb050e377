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

/** bpf-filter-comm name: ends the probe unless the task's comm is exactly name (compared as 16 NUL-padded bytes). */
final class FilterCommHelper extends BpfHelper {
    @Override public Signature signature() {
        return sig("bpf-filter-comm", "End the probe early unless the current command name is the given one.")
                .required("name", SyntaxShape.STRING, "command name to keep (at most 15 bytes)").io("nothing", "nothing");
    }

    @Override public List<Example> examples() {
        return examples(simulated("Only nginx", "ebpf simulate 'kprobe:ksys_read' {|| bpf-filter-comm 'nginx'; bpf-comm | bpf-count } --context [{comm: nginx, pid: 7, args: [3 0 100]}, {comm: bash, pid: 8}]",
                Ex.result(List.of(), List.of(Ex.counter(Value.of("nginx"), 1)), List.of())));
    }

    @Override protected Value eval(Call call, ProbeState.Session s, Value input) {
        String want = call.stringArg(0);
        String have = s.context().comm();
        if (!have.equals(want)) throw ProbeState.endProbe(call.head(), "command `" + have + "` is not `" + want + "`");
        return null;
    }

    @Override public Val lower(LoweringContext cx, Expr.Call call, Val input) {
        var span = call.span();
        Expr arg = LoweringContext.positional(call, 0);
        if (arg == null) throw Diagnostics.unsupported(span, "bpf-filter-comm needs a command name", "write e.g. `bpf-filter-comm 'nginx'`");
        String name = cx.constantString(arg, "the command name");
        if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 15)
            throw Diagnostics.unsupported(arg.span(), "a command name has at most 15 bytes; this one never matches",
                    "the kernel keeps the first 15 bytes of the name: write `" + truncate(name) + "`");
        int mark = cx.mark();
        int buf = cx.stackAlloc(16, span);
        cx.call(HelperFunc.GET_CURRENT_COMM, span, new Ir.StackArg(buf), new Ir.ImmArg(16));
        String drop = cx.label("comm_drop"), keep = cx.label("comm_ok");
        long[] want = {commInt(name), commHigh(name)};
        for (int i = 0; i < 2; i++) {
            int have = cx.vreg(), k = cx.vreg();
            cx.emit(new Ir.LoadStack(have, buf + 8 * i, 8, span));
            cx.emit(new Ir.Const(k, want[i], span));
            cx.emit(new Ir.Branch(Op.JNE, have, k, drop, span));
        }
        cx.emit(new Ir.Jump(keep, span));
        cx.emit(new Ir.Label(drop, span));
        cx.emit(new Ir.Exit(span));
        cx.emit(new Ir.Label(keep, span));
        cx.release(mark);
        return Val.NOTHING;
    }

    private static String truncate(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new String(b, 0, 15, java.nio.charset.StandardCharsets.UTF_8);
    }
}
