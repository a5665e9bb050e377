package dev.nuebpf.ebpf;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.ebpf.runtime.Probe;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code ebpf detach}: detach a probe and release its kernel objects. */
final class EbpfDetachCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("ebpf detach", Category.EBPF)
                .description("Detach a probe by id, closing its program, maps and perf events.")
                .required("id", SyntaxShape.INT, "The id `ebpf attach` returned.")
                .io("nothing", "nothing");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("Detach probe 1", "ebpf detach 1"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Probe p = Probes.byId(call, 0);
        Probes.registry(call).detach(p.id());
        return PipelineData.EMPTY;
    }
}
