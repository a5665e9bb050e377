package dev.nuebpf.ebpf;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.ebpf.runtime.Probe;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/** {@code ebpf counters}: the counts a probe made with bpf-count, keyed as the compiler typed them. */
final class EbpfCountersCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("ebpf counters", Category.EBPF)
                .description("Show a probe's counters (from bpf-count) as a table of key and count.")
                .extraDescription("Keys are typed from the closure: a comm (bpf-comm) is shown as a string, integers as ints.")
                .required("id", SyntaxShape.INT, "The probe id.")
                .io("nothing", "table<key: any, count: int>");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("Busiest processes first", "ebpf counters 1 | sort-by count --reverse"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Probe p = Probes.byId(call, 0);
        if (!p.hasCounters())
            throw EbpfErrors.diag("nu::ebpf::no_counters", "This probe has no counters.", call.positionalSpan(0),
                    "probe " + p.id() + " (" + p.spec() + ") never calls bpf-count", "pipe a key into `bpf-count` in the probe's closure");
        List<Value> rows = new ArrayList<>();
        for (Probe.Counter c : p.counters()) rows.add(Record.of("key", c.key(), "count", Value.of(c.count())));
        return PipelineData.of(new Value.ListV(rows));
    }
}
