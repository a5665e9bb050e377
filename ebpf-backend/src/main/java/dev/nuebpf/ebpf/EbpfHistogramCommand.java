package dev.nuebpf.ebpf;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.ebpf.runtime.Probe;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code ebpf histogram}: the log2 histogram a probe filled with bpf-histogram. */
final class EbpfHistogramCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("ebpf histogram", Category.EBPF)
                .description("Show a probe's log2 histogram (from bpf-histogram): bucket, range, count and a bar.")
                .extraDescription("Bucket 0 holds 0; bucket b holds values in [2^(b-1), 2^b).")
                .required("id", SyntaxShape.INT, "The probe id.")
                .switchFlag("ns", "Label the ranges as durations (512ns - 1us) instead of plain numbers.", null)
                .io("nothing", "table<bucket: int, range: string, count: int, bar: string>");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("Latency distribution of a timer pair", "ebpf histogram 2 --ns"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Probe p = Probes.byId(call, 0);
        if (!p.hasHistogram())
            throw EbpfErrors.diag("nu::ebpf::no_histogram", "This probe has no histogram.", call.positionalSpan(0),
                    "probe " + p.id() + " (" + p.spec() + ") never calls bpf-histogram", "pipe a value into `bpf-histogram` in the probe's closure");
        return PipelineData.of(new Value.ListV(HistogramTable.rows(p.histogram(), call.has("ns"))));
    }
}
