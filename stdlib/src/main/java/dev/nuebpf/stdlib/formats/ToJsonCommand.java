package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code to json}: pretty with 2 spaces by default, {@code --raw} compact. */
public final class ToJsonCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("to json", Category.FORMATS)
                .description("Converts table data into JSON text.")
                .switchFlag("raw", "Remove all of the whitespace.", 'r')
                .named("indent", SyntaxShape.NUMBER, "Specify indentation width.", 'i')
                .named("tabs", SyntaxShape.NUMBER, "Specify indentation tab quantity.", 't')
                .switchFlag("serialize", "Serialize nushell types that cannot be deserialized.", 's')
                .io("any", "string");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Outputs a JSON string, with default indentation, representing the contents of this table",
                        "[a b c] | to json", Value.of("[\n  \"a\",\n  \"b\",\n  \"c\"\n]")),
                Example.of("Outputs a JSON string, with 4-space indentation, representing the contents of this table",
                        "[Joe Bob Sam] | to json --indent 4", Value.of("[\n    \"Joe\",\n    \"Bob\",\n    \"Sam\"\n]")),
                Example.of("Outputs an unformatted JSON string representing the contents of this table", "[1 2 3] | to json -r", Value.of("[1,2,3]")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String indent = "  ";
        Long tabs = call.intFlag("tabs");
        Long spaces = call.intFlag("indent");
        if (call.has("raw")) indent = null;
        else if (tabs != null) indent = "\t".repeat((int) Math.max(0, tabs));
        else if (spaces != null) indent = " ".repeat((int) Math.max(0, spaces));
        Value v = Json.materialize(input.collect());
        return PipelineData.of(Value.of(Json.write(v, indent, call.has("serialize"), call.head())));
    }
}
