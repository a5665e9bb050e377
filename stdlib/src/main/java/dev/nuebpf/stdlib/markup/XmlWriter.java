package dev.nuebpf.stdlib.markup;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;

/**
 * Writes nu's XML entry records ({tag, attributes, content}) as XML text. With an indent, every tag starts
 * on its own line except right after text, which keeps {@code <b>text</b>} on one line, as nu prints it.
 */
final class XmlWriter {
    private final int indent;
    private final boolean partialEscape;
    private final boolean selfClosed;
    private final Span span;
    private final StringBuilder out = new StringBuilder();
    private int depth;
    private boolean afterText;

    XmlWriter(int indent, boolean partialEscape, boolean selfClosed, Span span) {
        this.indent = indent;
        this.partialEscape = partialEscape;
        this.selfClosed = selfClosed;
        this.span = span;
    }

    String text() { return out.toString(); }

    void root(Value v) {
        if (v instanceof Record r) {
            String tag = tag(r);
            if (tag != null && tag.startsWith("!")) throw cantConvert("record", "Comments can not be a root element of document");
            if (tag != null && tag.startsWith("?")) throw cantConvert("record", "PIs can not be a root element of document");
        }
        entry(v);
    }

    private static String tag(Record r) {
        Value t = r.get("tag");
        return t instanceof Value.Str s ? s.value() : null;
    }

    private void entry(Value v) {
        if (v instanceof Value.Str s) { text(s.value()); return; }
        if (!(v instanceof Record r)) throw cantConvert(v.typeName(), "Expected a record or a string as an XML entry");
        Value content = r.get("content");
        String tag = tag(r);
        if (tag == null) {
            if (content instanceof Value.Str s) text(s.value());
            else if (content != null && content != Value.NOTHING) throw cantConvert(content.typeName(), "Text content expected to be a string");
            return;
        }
        if (tag.startsWith("!")) {
            newline();
            out.append("<!--").append(ValueDisplay.toText(content)).append("-->");
            return;
        }
        if (tag.startsWith("?")) {
            newline();
            String body = content instanceof Value.Str s ? s.value() : "";
            out.append("<").append(tag).append(body.isEmpty() ? "" : " " + body).append("?>");
            return;
        }
        newline();
        out.append('<').append(tag);
        if (r.get("attributes") instanceof Record attrs)
            for (int i = 0; i < attrs.size(); i++)
                out.append(' ').append(attrs.keys().get(i)).append("=\"").append(escape(ValueDisplay.toText(attrs.values().get(i)), true)).append('"');
        boolean empty = content == null || content == Value.NOTHING || (content instanceof Value.ListV l && l.items().isEmpty());
        if (empty && selfClosed) {
            out.append("/>");
            return;
        }
        out.append('>');
        depth++;
        if (!empty) {
            if (!(content instanceof Value.ListV l)) throw cantConvert(content.typeName(), "Tag content expected to be a list");
            for (Value child : l.items()) entry(child);
        }
        depth--;
        newline();
        out.append("</").append(tag).append('>');
    }

    private void text(String s) {
        out.append(escape(s, false));
        afterText = true;
    }

    private void newline() {
        if (indent > 0 && !afterText && !out.isEmpty()) out.append('\n').append(" ".repeat(indent * depth));
        afterText = false;
    }

    private String escape(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '&' -> sb.append("&amp;");
                case '>' -> sb.append(partialEscape ? ">" : "&gt;");
                case '"' -> sb.append(partialEscape && !attribute ? "\"" : "&quot;");
                case '\'' -> sb.append(partialEscape ? "'" : "&apos;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private ShellException cantConvert(String from, String help) {
        return ShellException.of("nu::shell::cant_convert", "Can't convert to XML.", span, "can't convert " + from + " to XML", help);
    }
}
