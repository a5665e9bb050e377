package dev.nuebpf.ebpf.helpers;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.ebpf.compile.Events;
import dev.nuebpf.ebpf.compile.LoweringContext;
import dev.nuebpf.ebpf.compile.Val;
import dev.nuebpf.ebpf.simulate.ProbeState;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Expr;
import java.util.List;

/**
 * bpf-emit: sends its input to user space as an event. A scalar becomes {@code {value: x}}, a record keeps its
 * fields (ints, bools, comms, strings read with bpf-read-str). All emits of a probe share one schema.
 */
final class EmitHelper extends BpfHelper {
    @Override public Signature signature() {
        return sig("bpf-emit", "Emit a value or record as an event (read them with `ebpf events`).")
                .io("int", "nothing").io("record", "nothing").io("string", "nothing").io("bool", "nothing");
    }

    @Override public List<Example> examples() {
        return examples(simulated("A structured event", "ebpf simulate 'kprobe:do_sys_openat2' {|| { pid: (bpf-tgid), comm: (bpf-comm) } | bpf-emit } --context [{pid: 5, comm: bash}]",
                Ex.events(dev.nuebpf.runtime.Record.of("pid", Value.of(5), "comm", Value.of("bash")))));
    }

    @Override protected Value eval(Call call, ProbeState.Session s, Value input) {
        if (input == Value.NOTHING) throw error(call.head(), "nothing to emit", "pipe a value in, e.g. `bpf-tgid | bpf-emit`");
        s.emit(input);
        return null;
    }

    @Override public Val lower(LoweringContext cx, Expr.Call call, Val input) {
        Events.emit(cx, input, call.span());
        return Val.NOTHING;
    }
}
