package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.Values;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** {@code to md}: tables as pipe tables (--pretty pads columns), other values as a bullet list. */
public final class ToMdCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("to md", Category.FORMATS)
                .description("Convert table into simple Markdown.")
                .switchFlag("pretty", "Formats the Markdown table to vertically align items.", 'p')
                .switchFlag("per-element", "Treat each row as markdown syntax element.", 'e')
                .named("center", SyntaxShape.LIST, "Formats the Markdown table to center given columns.", 'c')
                .switchFlag("escape-md", "Escapes Markdown special characters.", 'm')
                .switchFlag("escape-html", "Escapes HTML special characters.", 't')
                .switchFlag("escape-all", "Escapes both Markdown and HTML special characters.", 'a')
                .named("list", SyntaxShape.STRING, "Format lists as unordered (default), ordered or none.", 'l')
                .io("any", "string");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Outputs an MD string representing the contents of this table", "[[foo bar]; [1 2]] | to md",
                        Value.of("| foo | bar |\n| --- | --- |\n| 1 | 2 |")),
                Example.of("Optionally, output a formatted markdown string", "[[foo bar]; [1 2]] | to md --pretty",
                        Value.of("| foo | bar |\n| --- | --- |\n| 1   | 2   |")),
                Example.of("Render a list", "[0 1 2] | to md", Value.of("* 0\n* 1\n* 2")),
                Example.of("Render a list as an ordered list", "[one two three] | to md --list ordered", Value.of("1. one\n2. two\n3. three")));
    }

    private record Opts(boolean pretty, List<String> center, boolean escMd, boolean escHtml, String list) {}

    @Override public PipelineData run(Call call, PipelineData input) {
        List<String> center = new ArrayList<>();
        Value c = call.flag("center");
        if (c instanceof Value.ListV l) {
            for (Value x : l.items()) {
                if (x instanceof Value.CellPathV p && !p.members().isEmpty()) {
                    PathMember m = p.members().get(0);
                    center.add(m.isIndex() ? Long.toString(m.index()) : m.name());
                } else center.add(Errors.expectString(x, call.flagSpan("center")));
            }
        }
        String list = call.stringFlag("list");
        if (list == null) list = "unordered";
        if (!List.of("unordered", "ordered", "none").contains(list)) {
            throw Errors.incorrectValue("--list must be one of unordered, ordered, none", call.flagSpan("list"));
        }
        Opts o = new Opts(call.has("pretty"), center, call.has("escape-md") || call.has("escape-all"),
                call.has("escape-html") || call.has("escape-all"), list);
        Value v = input.collect();
        List<Value> items = new ArrayList<>();
        if (v instanceof Value.ListV || v instanceof Value.RangeV) {
            Iterator<Value> it = Values.iterate(v);
            it.forEachRemaining(items::add);
        } else if (v == Value.NOTHING) {
            return PipelineData.of(Value.of(""));
        } else items.add(v);
        if (call.has("per-element")) return PipelineData.of(Value.of(perElement(items, o)));
        return PipelineData.of(Value.of(render(items, o)));
    }

    private static String perElement(List<Value> items, Opts o) {
        List<String> parts = new ArrayList<>();
        List<Value> pending = new ArrayList<>();
        for (Value v : items) {
            if (v instanceof Record r && r.size() == 1 && r.keys().get(0).matches("H[1-6]")) {
                if (!pending.isEmpty()) { parts.add(table(pending, o)); pending = new ArrayList<>(); }
                String k = r.keys().get(0);
                String text = ValueDisplay.toText(r.values().get(0));
                parts.add(switch (k) {
                    case "title" -> "# " + text;
                    case "blockquote" -> "> " + text;
                    case "pre" -> "```\n" + text + "\n```";
                    case "p" -> text;
                    default -> "#".repeat(k.charAt(1) - '0') + " " + text;
                });
            } else if (v instanceof Value.ListV l) {
                if (!pending.isEmpty()) { parts.add(table(pending, o)); pending = new ArrayList<>(); }
                parts.add(render(l.items(), o));
            } else if (v instanceof Record r) {
                if (!pending.isEmpty() && !((Record) pending.get(0)).keys().equals(r.keys())) {
                    parts.add(table(pending, o) + "\n");
                    pending = new ArrayList<>();
                }
                pending.add(r);
            } else {
                if (!pending.isEmpty()) { parts.add(table(pending, o)); pending = new ArrayList<>(); }
                parts.add(bullets(List.of(v), o));
            }
        }
        if (!pending.isEmpty()) parts.add(table(pending, o));
        return String.join("\n", parts);
    }

    /** {@code to md} with default flags (what {@code save x.md} writes). */
    static String render(Value v) {
        List<Value> items = new ArrayList<>();
        if (v instanceof Value.ListV || v instanceof Value.RangeV) Values.iterate(v).forEachRemaining(items::add);
        else if (v == Value.NOTHING) return "";
        else items.add(v);
        return render(items, new Opts(false, List.of(), false, false, "unordered"));
    }

    private static String render(List<Value> items, Opts o) {
        boolean allRecords = !items.isEmpty() && items.stream().allMatch(x -> x instanceof Record);
        if (allRecords) {
            if (items.stream().allMatch(x -> ((Record) x).isEmpty())) return "";
            return table(items, o);
        }
        return bullets(items, o);
    }

    private static String bullets(List<Value> items, Opts o) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String text = escape(ValueDisplay.toText(items.get(i)), o);
            lines.add(switch (o.list()) {
                case "ordered" -> (i + 1) + ". " + text;
                case "none" -> text;
                default -> "* " + text;
            });
        }
        return String.join("\n", lines);
    }

    private static String table(List<Value> rows, Opts o) {
        List<String> cols = new ArrayList<>();
        for (Value r : rows) for (String k : ((Record) r).keys()) if (!cols.contains(k)) cols.add(k);
        List<List<String>> cells = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (String c : cols) header.add(escape(c, o));
        cells.add(header);
        for (Value r : rows) {
            List<String> line = new ArrayList<>();
            for (String c : cols) {
                Value v = ((Record) r).get(c);
                line.add(v == null || v == Value.NOTHING ? "" : (o.escMd() ? escape(ValueDisplay.toText(v), o) : escape(ValueDisplay.toText(v), o).replace("|", "\\|")));
            }
            cells.add(line);
        }
        int[] width = new int[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            width[i] = 3;
            if (o.pretty()) for (List<String> line : cells) width[i] = Math.max(width[i], line.get(i).length());
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            if (r == 1) {
                sb.append('|');
                for (int i = 0; i < cols.size(); i++) {
                    boolean ctr = o.center().contains(cols.get(i));
                    int w = o.pretty() ? width[i] : 3;
                    sb.append(ctr ? ":" + "-".repeat(w) + ":" : " " + "-".repeat(w) + " ").append('|');
                }
                sb.append('\n');
            }
            sb.append('|');
            List<String> line = cells.get(r);
            for (int i = 0; i < cols.size(); i++) {
                String cell = line.get(i);
                if (o.pretty()) {
                    int pad = width[i] - cell.length();
                    if (o.center().contains(cols.get(i))) cell = " ".repeat(pad / 2) + cell + " ".repeat(pad - pad / 2);
                    else cell = cell + " ".repeat(pad);
                }
                sb.append(' ').append(cell).append(" |");
            }
            if (r < cells.size() - 1) sb.append('\n');
        }
        return sb.toString();
    }

    private static String escape(String s, Opts o) {
        if (o.escHtml()) {
            s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                    .replace("'", "&#x27;").replace("/", "&#x2f;");
        }
        if (o.escMd()) {
            StringBuilder sb = new StringBuilder();
            for (char ch : s.toCharArray()) {
                if ("\\`*_{}[]()#+!|<>".indexOf(ch) >= 0) sb.append('\\');
                sb.append(ch);
            }
            s = sb.toString();
        }
        return s;
    }
}
