package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** {@code from toml}: TOML text to a record (see {@link Toml}). */
public final class FromTomlCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("from toml", Category.FORMATS)
                .description("Parse text as .toml and create record.")
                .io("string", "record");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Converts toml formatted string to record", "'a = 1' | from toml", Record.of("a", Value.of(1L))),
                Example.of("Converts toml formatted string to record", "'a = 1\nb = [1, 2]' | from toml",
                        Record.of("a", Value.of(1L), "b", new Value.ListV(List.of(Value.of(1L), Value.of(2L))))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PipelineData.of(Toml.read(Inputs.text(call, input, "from toml"), call.head()));
    }
}
