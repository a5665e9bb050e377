package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code to xml}: {tag, attributes, content} records as XML elements (a null tag makes a text node). */
public final class ToXmlCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("to xml", Category.FORMATS)
                .description("Convert special record structure into .xml text.")
                .named("indent", SyntaxShape.INT, "Formats the XML text with the provided indentation setting", 'i')
                .switchFlag("partial-escape", "Only escape mandatory characters in text and attributes", 'p')
                .switchFlag("self-closed", "Output empty tags as self closing", 's')
                .io("record", "string");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Outputs an XML string representing the contents of this table",
                        "{tag: note content : [{tag: remember content : [Event]}]} | to xml", Value.of("<note><remember>Event</remember></note>")),
                Example.of("Optionally, formats the text with a custom indentation setting",
                        "{tag: note content : [{tag: remember content : [Event]}]} | to xml --indent 3",
                        Value.of("<note>\n   <remember>Event</remember>\n</note>")));
    }

    private record Opts(String indent, boolean partial, boolean selfClosed, Span span) {}

    @Override public PipelineData run(Call call, PipelineData input) {
        Long n = call.intFlag("indent");
        Opts o = new Opts(n == null || n <= 0 ? null : " ".repeat(n.intValue()), call.has("partial-escape"), call.has("self-closed"), call.head());
        StringBuilder sb = new StringBuilder();
        node(sb, input.collect(), 0, o);
        return PipelineData.of(Value.of(sb.toString()));
    }

    private static void node(StringBuilder sb, Value v, int depth, Opts o) {
        if (!(v instanceof Record r)) {
            sb.append(escape(v instanceof Value.Str s ? s.value() : ValueDisplay.toText(v), o.partial(), false));
            return;
        }
        Value tag = r.get("tag");
        Value content = r.get("content");
        if (tag == null || tag == Value.NOTHING) {
            if (content instanceof Value.Str s) sb.append(escape(s.value(), o.partial(), false));
            else if (content != null && content != Value.NOTHING) throw Errors.incorrectValue("a text node's content must be a string", o.span());
            return;
        }
        String name = Errors.expectString(tag, o.span());
        sb.append('<').append(name);
        if (r.get("attributes") instanceof Record attrs) {
            for (int i = 0; i < attrs.size(); i++) {
                Value av = attrs.values().get(i);
                sb.append(' ').append(attrs.keys().get(i)).append("=\"")
                        .append(escape(av instanceof Value.Str s ? s.value() : ValueDisplay.toText(av), o.partial(), true)).append('"');
            }
        }
        List<Value> children = content instanceof Value.ListV l ? l.items() : content == null || content == Value.NOTHING ? List.of() : List.of(content);
        if (children.isEmpty()) {
            sb.append(o.selfClosed() ? "/>" : "></" + name + ">");
            return;
        }
        sb.append('>');
        boolean elements = o.indent() != null && children.stream().anyMatch(c -> c instanceof Record cr && cr.get("tag") instanceof Value.Str);
        for (Value c : children) {
            if (elements) sb.append('\n').append(o.indent().repeat(depth + 1));
            node(sb, c, depth + 1, o);
        }
        if (elements) sb.append('\n').append(o.indent().repeat(depth));
        sb.append("</").append(name).append('>');
    }

    /** Full escaping covers quotes too; --partial-escape only what XML requires in that position. */
    static String escape(String s, boolean partial, boolean attribute) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(partial ? "\"" : "&quot;");
                case '\'' -> sb.append(partial ? "'" : "&apos;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
