package dev.nuebpf.ebpf.helpers;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.ebpf.asm.HelperFunc;
import dev.nuebpf.ebpf.compile.Diagnostics;
import dev.nuebpf.ebpf.compile.Ir;
import dev.nuebpf.ebpf.compile.LoweringContext;
import dev.nuebpf.ebpf.compile.Val;
import dev.nuebpf.ebpf.simulate.ProbeState;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Expr;
import java.util.List;

/**
 * bpf-read-str / bpf-read-user-str: read a NUL-terminated string from a kernel / user pointer into a fixed buffer
 * (CompileOptions.stringBytes, 128 by default; longer strings are cut). A probe whose value is such a string emits
 * it as {@code {value: s}}.
 */
final class ReadStrHelper extends BpfHelper {
    private final boolean user;

    ReadStrHelper(boolean user) { this.user = user; }

    @Override public Signature signature() {
        return sig(user ? "bpf-read-user-str" : "bpf-read-str", "Read a string from a " + (user ? "user-space" : "kernel")
                + " pointer (at most 127 bytes); emitted if it is the probe's result.").io("int", "string");
    }

    @Override public List<Example> examples() {
        String name = user ? "bpf-read-user-str" : "bpf-read-str";
        return examples(simulated("The path given to openat", "ebpf simulate 'tracepoint:syscalls/sys_enter_openat' {|| bpf-arg 1 | " + name
                + " } --context [{args: [0 '/etc/hosts']}]", Ex.events(Value.of("/etc/hosts"))));
    }

    @Override protected Value eval(Call call, ProbeState.Session s, Value input) {
        long ptr = intInput(call, input, "int (a pointer)");
        String v = s.context().readString(ptr, user, 128);
        if (v == null) throw error(call.head(), user ? "cannot read a string at 0x" + Long.toHexString(ptr)
                : "kernel memory cannot be read outside a probe", "try it with `ebpf simulate` and a string in `args`");
        return Value.of(v);
    }

    @Override public Val lower(LoweringContext cx, Expr.Call call, Val input) {
        if (!(input instanceof Val.Scalar || input instanceof Val.Const))
            throw Diagnostics.unsupported(call.span(), "bpf-read-str needs a pointer (an int) as input", "pipe an argument in, e.g. `bpf-arg 1 | " + name() + "`");
        int size = cx.options().stringBytes();
        Integer dest = cx.takeStringDestination();
        int buf = dest != null ? dest : cx.stackAlloc(size, call.span());
        int ptr = cx.materialize(input, call.span());
        // zero-padded, so equal strings are equal keys for bpf-count and no stack garbage reaches user space
        cx.zero(buf, size, call.span());
        cx.call(user ? HelperFunc.PROBE_READ_USER_STR : HelperFunc.PROBE_READ_KERNEL_STR, call.span(),
                new Ir.StackArg(buf), new Ir.ImmArg(size), new Ir.VregArg(ptr));
        return new Val.Str(buf, size);
    }
}
