package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** {@code to yaml}: block-style YAML (see {@link Yaml}). */
public final class ToYamlCommand implements Command {
    private final String name;

    /** {@code to yaml} and its alias {@code to yml}: the same command under two names, as in nu. */
    public ToYamlCommand(String name) { this.name = name; }

    @Override public Signature signature() {
        return Signature.build(name, Category.FORMATS)
                .description("Convert table into .yaml/.yml text.")
                .switchFlag("serialize", "Serialize nushell types that cannot be deserialized.", 's')
                .io("any", "string");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Outputs a YAML string representing the contents of this table", "[[foo bar]; [\"1\" \"2\"]] | " + name,
                        Value.of("- foo: \"1\"\n  bar: \"2\"\n")),
                Example.of("Multi-line strings become literal blocks", "{string: \"Hello\\nworld\"} | " + name,
                        Value.of("string: |-\n  Hello\n  world\n")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PipelineData.of(Value.of(Yaml.write(Json.materialize(input.collect()))));
    }
}
