package dev.nuebpf.stdlib.markup;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * {@code from xml}: XML text as nu's {tag, attributes, content} records; text is trimmed and blank text
 * dropped, comments and processing instructions only kept on request. Uses the JDK's StAX reader.
 */
public final class FromXmlCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("from xml", Category.FORMATS)
                .description("Parse text as .xml and create record.")
                .switchFlag("keep-comments", "Add comment nodes to result.", null)
                .switchFlag("allow-dtd", "Allow parsing documents with DTDs (may result in exponential entity expansion).", null)
                .switchFlag("keep-pi", "Add processing instruction nodes to result.", null)
                .io("string", "record");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Converts xml formatted string to record",
                "'<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<note>\n  <remember>Event</remember>\n</note>' | from xml",
                rec("tag", s("note"), "attributes", rec(), "content", list(rec("tag", s("remember"), "attributes", rec(),
                        "content", list(rec("tag", nothing(), "attributes", nothing(), "content", s("Event"))))))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value v = input.collect();
        if (!(v instanceof Value.Str str)) throw Errors.unsupportedInput(call.commandName(), "string", v, call.head(), call.inputSpan());
        try {
            return PipelineData.of(parse(str.value(), call.has("keep-comments"), call.has("keep-pi"), call.has("allow-dtd")));
        } catch (XMLStreamException | IllegalStateException e) {
            String msg = e.getMessage() == null ? "invalid XML" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            throw Errors.generic("Failed to parse XML", call.head(), msg.strip());
        }
    }

    private static Value parse(String text, boolean comments, boolean pis, boolean dtd) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, dtd);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = f.createXMLStreamReader(new StringReader(text));
        Deque<List<Value>> contents = new ArrayDeque<>();
        Deque<Record.Builder> open = new ArrayDeque<>();
        Value root = null;
        while (r.hasNext()) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    Record.Builder attrs = Record.builder();
                    for (int i = 0; i < r.getAttributeCount(); i++) attrs.put(qname(r.getAttributePrefix(i), r.getAttributeLocalName(i)), Value.of(r.getAttributeValue(i)));
                    open.push(Record.builder().put("tag", Value.of(qname(r.getPrefix(), r.getLocalName()))).put("attributes", attrs.build()));
                    contents.push(new ArrayList<>());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    Value el = open.pop().put("content", new Value.ListV(contents.pop())).build();
                    if (contents.isEmpty()) root = el;
                    else contents.peek().add(el);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    String t = r.getText().strip();
                    if (!t.isEmpty() && !contents.isEmpty()) contents.peek().add(leaf(Value.NOTHING, t));
                }
                case XMLStreamConstants.COMMENT -> {
                    if (comments && !contents.isEmpty()) contents.peek().add(leaf(Value.of("!"), r.getText()));
                }
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    if (pis && !contents.isEmpty()) contents.peek().add(leaf(Value.of("?" + r.getPITarget()), r.getPIData()));
                }
                case XMLStreamConstants.DTD -> {
                    if (!dtd) throw new IllegalStateException("DTDs are not allowed, use --allow-dtd to parse them");
                }
                default -> { }
            }
        }
        if (root == null) throw new IllegalStateException("No root node found");
        return root;
    }

    private static String qname(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static Value leaf(Value tag, String content) {
        return Record.builder().put("tag", tag).put("attributes", Value.NOTHING).put("content", Value.of(content)).build();
    }
}
