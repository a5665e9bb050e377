package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code from kdl}: nodes as {name, args, props, children} rows, or with {@code --format jik} plain nu values. */
public final class FromKdlCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("from kdl", Category.FORMATS)
                .description("Convert KDL text into structured data.")
                .named("spec", SyntaxShape.INT, "KDL spec version (1 or 2); both are accepted when reading", null)
                .named("format", SyntaxShape.STRING, "Mapping: 'document' (default) or 'jik' (JSON-in-KDL)", null)
                .switchFlag("ignore-types", "Ignore type annotations such as (filesize)", null)
                .io("string", "any");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Read a KDL node", "\"item 1 enabled=#true\" | from kdl --spec 2",
                        new Value.ListV(List.of(Record.builder().put("name", Value.of("item")).put("args", new Value.ListV(List.of(Value.of(1L))))
                                .put("props", Record.of("enabled", Value.of(true))).put("children", new Value.ListV(List.of())).build()))),
                Example.of("Read JSON-in-KDL", "'- a=1 b=#true' | from kdl --format jik", Record.of("a", Value.of(1L), "b", Value.of(true))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String text = Inputs.text(call, input, "from kdl");
        String format = call.stringFlag("format");
        List<Kdl.Node> nodes = Kdl.parse(text, call.has("ignore-types"), call.head());
        if (format == null || format.equals("document")) return PipelineData.of(Kdl.rows(nodes));
        if (!format.equals("jik")) throw Errors.incorrectValue("--format must be 'document' or 'jik'", call.flagSpan("format"));
        if (nodes.size() != 1) throw Errors.incorrectValue("JSON-in-KDL needs exactly one top-level node", call.head());
        return PipelineData.of(Kdl.jik(nodes.get(0)));
    }
}
