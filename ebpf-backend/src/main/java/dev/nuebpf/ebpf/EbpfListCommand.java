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
import java.util.ArrayList;
import java.util.List;

/** {@code ebpf list}: the attached probes of this shell. */
final class EbpfListCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("ebpf list", Category.EBPF)
                .description("List attached probes: id, probe, how it is attached, kernel program id, events received and lost.")
                .io("nothing", "table<id: int, probe: string, attached: string, prog_id: int, events: int, lost: int>");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("Show attached probes", "ebpf list"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<Value> rows = new ArrayList<>();
        for (Probe p : Probes.registry(call).all()) {
            if (p.events() != null) p.events().flush();
            rows.add(Record.builder()
                    .put("id", Value.of(p.id()))
                    .put("probe", Value.of(p.spec()))
                    .put("attached", Value.of(p.how()))
                    .put("prog_id", Value.of(p.programId()))
                    .put("events", Value.of(p.eventsReceived()))
                    .put("lost", Value.of(p.eventsLost()))
                    .build());
        }
        return PipelineData.of(new Value.ListV(rows));
    }
}
