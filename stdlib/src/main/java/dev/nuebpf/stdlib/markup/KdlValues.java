package dev.nuebpf.stdlib.markup;

import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.markup.KdlDocument.Entry;
import dev.nuebpf.stdlib.markup.KdlDocument.Node;
import dev.nuebpf.syntax.PathMember;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * KDL nodes to nu values: either node rows (name, args, props, children) or JSON-in-KDL, where a node's
 * arguments, properties and children spell one JSON-like value. Nushell's own annotations such as
 * {@code (filesize)1024} turn back into nu types unless types are ignored.
 */
final class KdlValues {
    private final boolean ignoreTypes;

    KdlValues(boolean ignoreTypes) { this.ignoreTypes = ignoreTypes; }

    Value.ListV rows(List<Node> nodes) {
        List<Value> out = new ArrayList<>();
        for (Node n : nodes) {
            List<Value> args = new ArrayList<>();
            for (Entry e : n.args()) args.add(typed(e));
            Record.Builder props = Record.builder();
            for (Map.Entry<String, Entry> p : n.props().entrySet()) props.put(p.getKey(), typed(p.getValue()));
            out.add(Record.builder().put("name", Value.of(n.name())).put("args", new Value.ListV(args))
                    .put("props", props.build()).put("children", rows(n.children())).build());
        }
        return new Value.ListV(out);
    }

    Value jik(Node n) {
        boolean allDash = n.children().stream().allMatch(c -> c.name().equals("-"));
        boolean object = "object".equals(n.type()) || !n.props().isEmpty() || (!n.children().isEmpty() && !allDash);
        if (object) {
            Record.Builder b = Record.builder();
            for (Map.Entry<String, Entry> p : n.props().entrySet()) b.put(p.getKey(), typed(p.getValue()));
            for (Node c : n.children()) b.put(c.name(), jik(c));
            return b.build();
        }
        if ("array".equals(n.type()) || n.args().size() > 1 || !n.children().isEmpty()) {
            List<Value> items = new ArrayList<>();
            for (Entry e : n.args()) items.add(typed(e));
            for (Node c : n.children()) items.add(jik(c));
            return new Value.ListV(items);
        }
        return n.args().isEmpty() ? Value.NOTHING : typed(n.args().get(0));
    }

    Value typed(Entry e) {
        Value v = e.value();
        if (ignoreTypes || e.type() == null) return v;
        try {
            return switch (e.type()) {
                case "filesize" -> v instanceof Value.Int i ? new Value.Filesize(i.value()) : v;
                case "duration" -> v instanceof Value.Int i ? new Value.Duration(i.value()) : v;
                case "timestamp", "datetime" -> v instanceof Value.Str s ? new Value.Date(OffsetDateTime.parse(s.value()).toZonedDateTime()) : v;
                case "binary" -> v instanceof Value.Str s ? new Value.Binary(Base64.getDecoder().decode(s.value())) : v;
                case "glob" -> v instanceof Value.Str s ? new Value.Glob(s.value(), true) : v;
                case "cell-path" -> v instanceof Value.Str s ? cellPath(s.value()) : v;
                case "range" -> v instanceof Value.Str s ? range(s.value(), v) : v;
                default -> v;
            };
        } catch (RuntimeException ex) {
            return v; // an annotation that does not fit its value keeps the plain KDL value
        }
    }

    private static Value cellPath(String text) {
        String t = text.startsWith("$.") ? text.substring(2) : text.startsWith("$") ? text.substring(1) : text;
        List<PathMember> members = new ArrayList<>();
        Span none = null;
        for (String part : t.split("\\.")) {
            if (part.isEmpty()) continue;
            boolean opt = part.endsWith("?");
            String m = opt ? part.substring(0, part.length() - 1) : part;
            if (m.chars().allMatch(Character::isDigit)) members.add(PathMember.index(Long.parseLong(m), opt, none));
            else members.add(PathMember.column(m, opt, none));
        }
        return new Value.CellPathV(members);
    }

    private static Value range(String text, Value fallback) {
        boolean exclusive = text.contains("..<");
        String[] parts = text.split("\\.\\.<?", -1);
        if (parts.length < 2 || parts.length > 3) return fallback;
        Value start = num(parts[0]);
        Value end = num(parts[parts.length - 1]);
        Value step = parts.length == 3 ? Value.of(num(parts[1]) instanceof Value.Int i ? i.value() - ((Value.Int) start).value() : 1) : null;
        return new Value.RangeV(start, step, end, !exclusive);
    }

    private static Value num(String t) {
        if (t.isEmpty()) return null;
        return t.contains(".") ? Value.of(Double.parseDouble(t)) : Value.of(Long.parseLong(t));
    }
}
