package dev.nuebpf.stdlib.markup;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code to xml}: nu's {tag, attributes, content} records as XML text. */
public final class ToXmlCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("to xml", Category.FORMATS)
                .description("Convert special record structure into .xml text.")
                .named("indent", SyntaxShape.INT, "Formats the XML text with the provided indentation setting.", 'i')
                .switchFlag("partial-escape", "Only escape mandatory characters in text and attributes.", 'p')
                .switchFlag("self-closed", "Output empty tags as self closing.", 's')
                .io("record", "string");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Outputs an XML string representing the contents of this table",
                        "{tag: note content : [{tag: remember content : [Event]}]} | to xml", Value.of("<note><remember>Event</remember></note>")),
                Example.of("Optionally, formats the text with a custom indentation setting",
                        "{tag: note content : [{tag: remember content : [Event]}]} | to xml --indent 3",
                        Value.of("<note>\n   <remember>Event</remember>\n</note>")),
                Example.of("Produce less escaping sequences in resulting xml",
                        "{tag: note attributes: {a: \"'qwe'\\\\\"} content: [\"\\\"'\"]} | to xml --partial-escape",
                        Value.of("<note a=\"'qwe'\\\">\"'</note>")),
                Example.of("Save space using self-closed tags", "{tag: root content: [[tag]; [a] [b] [c]]} | to xml --self-closed",
                        Value.of("<root><a/><b/><c/></root>")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value v = input.collect();
        Long indent = call.intFlag("indent");
        XmlWriter w = new XmlWriter(indent == null ? 0 : indent.intValue(), call.has("partial-escape"), call.has("self-closed"),
                call.inputSpan() != null ? call.inputSpan() : call.head());
        w.root(v);
        return PipelineData.of(Value.of(w.text()));
    }
}
