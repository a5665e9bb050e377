package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.Values;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/** {@code to html}: a page (or with --partial a div) showing tables as HTML tables; no colour themes. */
public final class ToHtmlCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("to html", Category.FORMATS)
                .description("Convert table into simple HTML.")
                .switchFlag("html-color", "change ansi colors to html colors", 'c')
                .switchFlag("no-color", "remove all ansi colors in output", 'n')
                .switchFlag("dark", "indicate your background color is a darker color", 'd')
                .switchFlag("partial", "only output the html for the content itself", 'p')
                .named("theme", SyntaxShape.STRING, "the name of the theme to use (github, blulocolight, ...)", 't')
                .switchFlag("raw", "do not escape html tags", 'r')
                .io("any", "string");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Outputs an HTML string representing the contents of this table", "[[foo bar]; [1 2]] | to html",
                        Value.of("<html><style>body { background-color:white;color:black; }</style><body><table><thead><tr><th>foo</th>"
                                + "<th>bar</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></body></html>")),
                Example.of("Optionally, only output the html for the content itself", "[[foo bar]; [1 2]] | to html --partial",
                        Value.of("<div style=\"background-color:white;color:black;\"><table><thead><tr><th>foo</th><th>bar</th></tr></thead>"
                                + "<tbody><tr><td>1</td><td>2</td></tr></tbody></table></div>")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean raw = call.has("raw");
        String colors = call.has("dark") ? "background-color:black;color:white;" : "background-color:white;color:black;";
        Value v = input.collect();
        StringBuilder body = new StringBuilder();
        List<Value> items = new ArrayList<>();
        if (v instanceof Value.ListV || v instanceof Value.RangeV) Values.iterate(v).forEachRemaining(items::add);
        else if (v != Value.NOTHING) items.add(v);
        if (!items.isEmpty() && items.stream().allMatch(x -> x instanceof Record)) table(body, items, raw);
        else for (Value x : items) body.append(text(x, raw));
        String html = call.has("partial")
                ? "<div style=\"" + colors + "\">" + body + "</div>"
                : "<html><style>body { " + colors + " }</style><body>" + body + "</body></html>";
        return PipelineData.of(Value.of(html));
    }

    private static void table(StringBuilder sb, List<Value> rows, boolean raw) {
        List<String> cols = new ArrayList<>();
        for (Value r : rows) for (String k : ((Record) r).keys()) if (!cols.contains(k)) cols.add(k);
        sb.append("<table><thead><tr>");
        for (String c : cols) sb.append("<th>").append(raw ? c : escape(c)).append("</th>");
        sb.append("</tr></thead><tbody>");
        for (Value r : rows) {
            sb.append("<tr>");
            for (String c : cols) {
                Value x = ((Record) r).get(c);
                sb.append("<td>").append(x == null ? "" : text(x, raw)).append("</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</tbody></table>");
    }

    private static String text(Value v, boolean raw) {
        String s = v instanceof Value.Str str ? str.value() : ValueDisplay.toText(v);
        return raw ? s : escape(s);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#x27;");
    }
}
