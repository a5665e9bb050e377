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

/** bpf-emit-comm: emits the whole 16-byte comm as the event {@code {value: "name"}}. */
final class EmitCommHelper extends BpfHelper {
    @Override public Signature signature() {
        return sig("bpf-emit-comm", "Emit the current task's full command name (16 bytes) as an event.").io("nothing", "nothing");
    }

    @Override public List<Example> examples() {
        return examples(simulated("Who called", "ebpf simulate 'kprobe:ksys_read' {|| bpf-emit-comm } --context [{comm: nginx}]", Ex.events(Value.of("nginx"))));
    }

    @Override protected Value eval(Call call, ProbeState.Session s, Value input) {
        s.emit(Value.of(s.context().comm()));
        return null;
    }

    @Override public Val lower(LoweringContext cx, Expr.Call call, Val input) {
        Events.emit(cx, new Val.Const(0, Val.Kind.COMM), call.span());
        return Val.NOTHING;
    }
}
