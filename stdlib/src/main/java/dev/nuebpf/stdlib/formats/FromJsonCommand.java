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

/** {@code from json}: lenient JSON; {@code --objects} reads one value per line (NDJSON). */
public final class FromJsonCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("from json", Category.FORMATS)
                .description("Convert JSON text into structured data.")
                .switchFlag("objects", "Treat each line as a separate value.", 'o')
                .switchFlag("strict", "Follow the JSON specification exactly.", 's')
                .io("string", "any");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Converts json formatted string to table", "'{ \"a\": 1 }' | from json", Record.of("a", Value.of(1L))),
                Example.of("Converts json formatted string to table", "'{ \"a\": 1, \"b\": [1, 2] }' | from json",
                        Record.of("a", Value.of(1L), "b", new Value.ListV(List.of(Value.of(1L), Value.of(2L))))),
                Example.of("Parse json strictly which will error on comments and trailing commas", "'{ \"a\": 1, \"b\": 2 }' | from json -s",
                        Record.of("a", Value.of(1L), "b", Value.of(2L))),
                Example.of("Parse a stream of line-delimited JSON values", "'{ \"a\": 1 }\n{ \"b\": 2 }' | from json --objects",
                        new Value.ListV(List.of(Record.of("a", Value.of(1L)), Record.of("b", Value.of(2L))))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String text = Inputs.text(call, input, "from json");
        if (call.has("objects")) return PipelineData.of(new Value.ListV(Json.parseObjects(text, call.head())));
        return PipelineData.of(Json.parse(text, call.head(), call.has("strict")));
    }
}
