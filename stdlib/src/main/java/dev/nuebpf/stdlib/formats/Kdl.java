package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A compact KDL (v1 and v2) reader and writer: documents as {name, args, props, children} rows, the
 * JSON-in-KDL mapping ({@code --format jik}), and nu's type annotations ((filesize), (duration), (timestamp)...).
 */
final class Kdl {
    private Kdl() {}

    record Node(String type, String name, List<Value> args, Record props, List<Node> children) {}

    // ---- reading ---------------------------------------------------------------------------------

    static List<Node> parse(String text, boolean ignoreTypes, Span span) {
        Reader r = new Reader(text, ignoreTypes, span);
        try {
            List<Node> nodes = r.nodes(false);
            if (r.pos < text.length()) throw r.error("unexpected `" + text.charAt(r.pos) + "`");
            return nodes;
        } catch (ShellException e) {
            throw e;
        } catch (RuntimeException e) {
            // truncated input, a bad escape or a type annotation on the wrong kind of value
            throw r.error("malformed KDL: " + e.getClass().getSimpleName());
        }
    }

    static Value rows(List<Node> nodes) {
        List<Value> out = new ArrayList<>();
        for (Node n : nodes) {
            out.add(Record.builder().put("name", Value.of(n.name())).put("args", new Value.ListV(n.args()))
                    .put("props", n.props()).put("children", rows(n.children())).build());
        }
        return new Value.ListV(out);
    }

    /** JSON-in-KDL: children make an array (or a record for an (object) node), args/props the value. */
    static Value jik(Node n) {
        if (!n.children().isEmpty()) {
            if ("object".equals(n.type())) {
                Record.Builder b = Record.builder();
                for (Node c : n.children()) b.put(c.name(), jik(c));
                return b.build();
            }
            List<Value> items = new ArrayList<>();
            for (Node c : n.children()) items.add(jik(c));
            return new Value.ListV(items);
        }
        if (!n.props().isEmpty() && n.args().isEmpty()) return n.props();
        if (n.args().size() == 1 && n.props().isEmpty()) return n.args().get(0);
        if (n.props().isEmpty()) return new Value.ListV(n.args());
        return n.props();
    }

    private static final class Reader {
        final String s;
        final boolean ignoreTypes;
        final Span span;
        int pos;

        Reader(String s, boolean ignoreTypes, Span span) {
            this.s = s;
            this.ignoreTypes = ignoreTypes;
            this.span = span;
        }

        ShellException error(String what) {
            return new ShellException(Diagnostic.builder("nu::shell::cant_convert", "Can't convert to KDL.")
                    .label(span, "can't convert string to KDL").help(what + " (at offset " + pos + ")").build());
        }

        void spaces() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\r') pos++;
                else if (s.startsWith("\\\n", pos)) pos += 2;
                else if (s.startsWith("/*", pos)) { int e = s.indexOf("*/", pos + 2); pos = e < 0 ? s.length() : e + 2; }
                else if (s.startsWith("//", pos)) { while (pos < s.length() && s.charAt(pos) != '\n') pos++; }
                else return;
            }
        }

        List<Node> nodes(boolean inBlock) {
            List<Node> out = new ArrayList<>();
            while (true) {
                spaces();
                while (pos < s.length() && (s.charAt(pos) == '\n' || s.charAt(pos) == ';')) { pos++; spaces(); }
                if (pos >= s.length() || (inBlock && s.charAt(pos) == '}')) return out;
                boolean skip = s.startsWith("/-", pos);
                if (skip) { pos += 2; spaces(); }
                Node n = node();
                if (!skip) out.add(n);
            }
        }

        String typeAnnotation() {
            if (pos < s.length() && s.charAt(pos) == '(') {
                int e = s.indexOf(')', pos);
                if (e < 0) throw error("unclosed type annotation");
                String t = s.substring(pos + 1, e);
                pos = e + 1;
                return t;
            }
            return null;
        }

        Node node() {
            String type = typeAnnotation();
            String name = s.charAt(pos) == '"' ? quoted() : bare();
            if (name.isEmpty()) throw error("expected a node name");
            List<Value> args = new ArrayList<>();
            Record.Builder props = Record.builder();
            List<Node> children = new ArrayList<>();
            while (true) {
                spaces();
                if (pos >= s.length() || s.charAt(pos) == '\n' || s.charAt(pos) == ';' || s.charAt(pos) == '}') break;
                boolean skip = s.startsWith("/-", pos);
                if (skip) { pos += 2; spaces(); }
                if (s.charAt(pos) == '{') {
                    pos++;
                    List<Node> kids = nodes(true);
                    if (pos >= s.length() || s.charAt(pos) != '}') throw error("unclosed children block");
                    pos++;
                    if (!skip) children.addAll(kids);
                    continue;
                }
                int save = pos;
                String t = typeAnnotation();
                if (t == null && pos < s.length() && s.charAt(pos) != '"') {
                    String word = bare();
                    if (pos < s.length() && s.charAt(pos) == '=') {
                        pos++;
                        String vt = typeAnnotation();
                        Value v = value(vt);
                        if (!skip) props.put(word, v);
                        continue;
                    }
                    pos = save;
                } else if (t == null && pos < s.length() && s.charAt(pos) == '"') {
                    String q = quoted();
                    if (pos < s.length() && s.charAt(pos) == '=') {
                        pos++;
                        Value v = value(typeAnnotation());
                        if (!skip) props.put(q, v);
                        continue;
                    }
                    pos = save;
                } else pos = save;
                Value v = value(typeAnnotation());
                if (!skip) args.add(v);
            }
            return new Node(type, name, args, props.build(), children);
        }

        String bare() {
            int st = pos;
            while (pos < s.length() && " \t\r\n;={}()\"".indexOf(s.charAt(pos)) < 0 && !s.startsWith("//", pos)) pos++;
            return s.substring(st, pos);
        }

        String quoted() {
            StringBuilder sb = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= s.length()) throw error("unclosed string");
                char c = s.charAt(pos++);
                if (c == '"') return sb.toString();
                if (c != '\\') { sb.append(c); continue; }
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 's' -> sb.append(' ');
                    case 'u' -> {
                        int end = s.indexOf('}', pos);
                        sb.appendCodePoint(Integer.parseInt(s.substring(pos + 1, end), 16));
                        pos = end + 1;
                    }
                    default -> sb.append(e);
                }
            }
        }

        Value value(String type) {
            Value raw;
            boolean wasQuoted = pos < s.length() && s.charAt(pos) == '"';
            if (wasQuoted) raw = Value.of(quoted());
            else {
                String w = bare();
                if (w.isEmpty()) throw error("expected a value");
                raw = switch (w) {
                    case "#true", "true" -> Value.of(true);
                    case "#false", "false" -> Value.of(false);
                    case "#null", "null" -> Value.NOTHING;
                    case "#inf" -> Value.of(Double.POSITIVE_INFINITY);
                    case "#-inf" -> Value.of(Double.NEGATIVE_INFINITY);
                    case "#nan" -> Value.of(Double.NaN);
                    default -> number(w);
                };
            }
            if (type == null || ignoreTypes) return raw;
            String text = raw instanceof Value.Str str ? str.value() : Nuon.write(raw);
            return switch (type) {
                case "filesize" -> new Value.Filesize(((Value.Int) raw).value());
                case "duration" -> new Value.Duration(((Value.Int) raw).value());
                case "timestamp", "datetime", "date-time" -> Nuon.parse(text, span);
                case "binary" -> new Value.Binary(Base64.getDecoder().decode(text));
                case "range", "cell-path" -> Nuon.parse(text, span);
                default -> raw;
            };
        }

        Value number(String w) {
            String u = w.replace("_", "");
            try {
                if (u.matches("[+-]?\\d+")) return Value.of(Long.parseLong(u.replace("+", "")));
                if (u.matches("[+-]?0x[0-9a-fA-F]+")) return Value.of(Long.parseLong(u.replaceFirst("0x", ""), 16));
                if (u.matches("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) return Value.of(Double.parseDouble(u));
            } catch (NumberFormatException e) {
                throw error("invalid number `" + w + "`");
            }
            return Value.of(w);
        }
    }

    // ---- writing ---------------------------------------------------------------------------------

    static boolean isDocument(Value v) {
        if (!(v instanceof Value.ListV l) || l.items().isEmpty()) return false;
        for (Value x : l.items()) if (!(x instanceof Record r) || !r.keys().equals(List.of("name", "args", "props", "children"))) return false;
        return true;
    }

    static String write(Value v, int spec, boolean serialize, Span span) {
        StringBuilder sb = new StringBuilder();
        if (isDocument(v)) for (Value n : ((Value.ListV) v).items()) docNode(sb, (Record) n, 0, spec, span);
        else jikNode(sb, "-", v, 0, spec, serialize, span);
        return sb.toString();
    }

    private static void docNode(StringBuilder sb, Record n, int depth, int spec, Span span) {
        sb.append("    ".repeat(depth)).append(ident(((Value.Str) n.get("name")).value(), spec));
        if (n.get("args") instanceof Value.ListV args) for (Value a : args.items()) sb.append(' ').append(scalar(a, spec, false, span));
        if (n.get("props") instanceof Record p) for (int i = 0; i < p.size(); i++)
            sb.append(' ').append(ident(p.keys().get(i), spec)).append('=').append(scalar(p.values().get(i), spec, false, span));
        if (n.get("children") instanceof Value.ListV kids && !kids.items().isEmpty()) {
            sb.append(" {\n");
            for (Value k : kids.items()) docNode(sb, (Record) k, depth + 1, spec, span);
            sb.append("    ".repeat(depth)).append('}');
        }
        sb.append('\n');
    }

    private static boolean isScalar(Value v) { return !(v instanceof Record) && !(v instanceof Value.ListV); }

    private static void jikNode(StringBuilder sb, String name, Value v, int depth, int spec, boolean serialize, Span span) {
        String pad = "    ".repeat(depth);
        if (v instanceof Value.RangeV || isScalar(v)) {
            sb.append(pad).append(name).append(' ').append(scalar(v, spec, serialize, span)).append('\n');
        } else if (v instanceof Record r && r.values().stream().allMatch(Kdl::isScalar)) {
            sb.append(pad).append(name);
            for (int i = 0; i < r.size(); i++) sb.append(' ').append(ident(r.keys().get(i), spec)).append('=').append(scalar(r.values().get(i), spec, serialize, span));
            sb.append('\n');
        } else if (v instanceof Value.ListV l && l.items().stream().allMatch(Kdl::isScalar)) {
            sb.append(pad).append(name);
            for (Value x : l.items()) sb.append(' ').append(scalar(x, spec, serialize, span));
            sb.append('\n');
        } else if (v instanceof Record r) {
            sb.append(pad).append("(object)").append(name).append(" {\n");
            for (int i = 0; i < r.size(); i++) jikNode(sb, ident(r.keys().get(i), spec), r.values().get(i), depth + 1, spec, serialize, span);
            sb.append(pad).append("}\n");
        } else {
            sb.append(pad).append(name).append(" {\n");
            for (Value x : ((Value.ListV) v).items()) jikNode(sb, "-", x, depth + 1, spec, serialize, span);
            sb.append(pad).append("}\n");
        }
    }

    private static String ident(String s, int spec) {
        boolean bare = !s.isEmpty() && s.chars().noneMatch(c -> " \t\r\n\\/(){}<>;[]=,\"#".indexOf(c) >= 0)
                && !s.matches("[+-]?\\.?\\d.*") && !List.of("true", "false", "null", "inf", "-inf", "nan").contains(s);
        if (bare) return s;
        StringBuilder sb = new StringBuilder();
        Json.string(sb, s);
        return sb.toString();
    }

    private static String scalar(Value v, int spec, boolean serialize, Span span) {
        return switch (v) {
            case Value.Nothing n -> spec == 1 ? "null" : "#null";
            case Value.Bool b -> (spec == 1 ? "" : "#") + b.value();
            case Value.Int i -> Long.toString(i.value());
            case Value.Float f -> Double.isNaN(f.value()) ? "#nan" : Double.isInfinite(f.value()) ? (f.value() > 0 ? "#inf" : "#-inf") : Nuon.formatFloat(f.value());
            case Value.Str s -> spec == 1 ? quote(s.value()) : ident(s.value(), spec);
            case Value.Filesize f -> "(filesize)" + f.bytes();
            case Value.Duration d -> "(duration)" + d.nanos();
            case Value.Date d -> "(timestamp)" + quote(Nuon.rfc3339(d.value()));
            case Value.CellPathV c -> "(cell-path)" + Nuon.cellPath(c.members());
            case Value.RangeV r -> "(range)" + quote(Nuon.write(r));
            case Value.Binary b -> "(binary)" + Base64.getEncoder().encodeToString(b.bytes());
            case Value.ClosureV c -> {
                if (!serialize) throw new ShellException(Diagnostic.builder("nu::shell::unsupported_input", "Unsupported input")
                        .label(span, "closures are currently not deserializable (use --serialize to serialize as a string)").build());
                yield quote(c.ast() == null ? "<closure>" : c.ast().span().text());
            }
            default -> quote(dev.nuebpf.format.ValueDisplay.toText(v));
        };
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder();
        Json.string(sb, s);
        return sb.toString();
    }

}
