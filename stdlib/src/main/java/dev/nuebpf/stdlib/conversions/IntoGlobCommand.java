package dev.nuebpf.stdlib.conversions;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code into glob}: a string becomes a glob pattern that commands like {@code ls} expand. */
public final class IntoGlobCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("into glob", Category.CONVERSIONS)
                .description("Convert value to glob.")
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, convert data at the given cell paths.")
                .io("glob", "glob").io("string", "glob").io("list<string>", "list<glob>").io("table", "table").io("record", "record")
                .searchTerms("convert", "text");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("convert string to glob", "'1234' | into glob", new Value.Glob("1234", true)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return Operate.map(call, input, v -> switch (v) {
            case Value.Glob g -> g;
            case Value.Str s -> new Value.Glob(s.value(), true);
            default -> throw Errors.unsupportedInput("into glob", "string", v, call.head(), call.head());
        });
    }
}
