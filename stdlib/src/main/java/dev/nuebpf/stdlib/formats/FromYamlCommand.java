package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code from yaml}: one document becomes its value, several a list. */
public final class FromYamlCommand implements Command {
    private final String name;

    /** {@code from yaml} and its alias {@code from yml}: the same command under two names, as in nu. */
    public FromYamlCommand(String name) { this.name = name; }

    @Override public Signature signature() {
        return Signature.build(name, Category.FORMATS)
                .description("Parse text as .yaml/.yml and create table.")
                .named("key-resolution", SyntaxShape.STRING, "How to turn non-string keys into strings (verbatim keeps their text).", null)
                .io("string", "any");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Converts yaml formatted string to table", "'a: 1' | " + name, Record.of("a", Value.of(1L))),
                Example.of("Converts yaml formatted string to table", "'[ a: 1, b: [1, 2] ]' | " + name,
                        new Value.ListV(List.of(Record.of("a", Value.of(1L)), Record.of("b", new Value.ListV(List.of(Value.of(1L), Value.of(2L))))))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PipelineData.of(Yaml.read(Inputs.text(call, input, name), call.head()));
    }
}
