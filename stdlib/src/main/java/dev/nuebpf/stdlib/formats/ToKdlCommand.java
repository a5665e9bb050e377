package dev.nuebpf.stdlib.formats;

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

/** {@code to kdl}: a {name, args, props, children} table as a document, anything else as JSON-in-KDL under a "-" node. */
public final class ToKdlCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("to kdl", Category.FORMATS)
                .description("Converts structured data into KDL text.")
                .named("spec", SyntaxShape.INT, "KDL spec version to write (1 or 2, default 2)", null)
                .switchFlag("serialize", "Serialize nushell types that cannot be deserialized", 's')
                .io("any", "string");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Write a record as JSON-in-KDL", "{a: 1, b: true} | to kdl", Value.of("- a=1 b=#true\n")),
                Example.of("Write KDL 1 keywords", "{a: 1, b: true} | to kdl --spec 1", Value.of("- a=1 b=true\n")),
                Example.of("Write a list", "[1 2 3] | to kdl", Value.of("- 1 2 3\n")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Long spec = call.intFlag("spec");
        if (spec != null && spec != 1 && spec != 2) throw Errors.incorrectValue("--spec must be 1 or 2", call.flagSpan("spec"));
        return PipelineData.of(Value.of(Kdl.write(input.collect(), spec == null ? 2 : spec.intValue(), call.has("serialize"), call.head())));
    }
}
