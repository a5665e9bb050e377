package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** {@code from nuon}: parses NUON text (see {@link Nuon#parse}). */
public final class FromNuonCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("from nuon", Category.FORMATS)
                .description("Convert from nuon to structured data.")
                .io("string", "any");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Converts nuon formatted string to table", "'{ a:1 }' | from nuon", Record.of("a", Value.of(1L))),
                Example.of("Converts nuon formatted string to table", "'{ a:1, b: [1, 2] }' | from nuon",
                        Record.of("a", Value.of(1L), "b", new Value.ListV(List.of(Value.of(1L), Value.of(2L))))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PipelineData.of(Nuon.parse(Inputs.text(call, input, "from nuon"), call.head()));
    }
}
