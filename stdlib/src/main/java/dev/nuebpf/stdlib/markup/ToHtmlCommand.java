package dev.nuebpf.stdlib.markup;

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
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code to html}: tables as an HTML table, lists as an ordered list, text escaped (unless --raw), wrapped
 * in a page (or, with --partial, a div) coloured for a light or --dark background. Themes are not built in.
 */
public final class ToHtmlCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("to html", Category.FORMATS)
                .description("Convert table into simple HTML.")
                .extraDescription("Screenshots of the themes can be browsed here: https://github.com/mbadolato/iTerm2-Color-Schemes.")
                .switchFlag("html-color", "Change ansi colors to html colors.", 'c')
                .switchFlag("no-color", "Remove all ansi colors in output.", 'n')
                .switchFlag("dark", "Indicate your background color is a darker color.", 'd')
                .switchFlag("partial", "Only output the html for the content itself.", 'p')
                .named("theme", SyntaxShape.STRING, "The name of the theme to use (github, blulocolight, ...); case-insensitive.", 't')
                .switchFlag("list", "Produce a color table of all available themes.", 'l')
                .switchFlag("raw", "Do not escape html tags.", 'r')
                .io("nothing", "any").io("any", "string");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Outputs an HTML string representing the contents of this table", "[[foo bar]; [1 2]] | to html",
                        Value.of("<html><style>body { background-color:white;color:black; }</style><body><table><thead><tr><th>foo</th><th>bar</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></body></html>")),
                Example.of("Optionally, only output the html for the content itself", "[[foo bar]; [1 2]] | to html --partial",
                        Value.of("<div style=\"background-color:white;color:black;\"><table><thead><tr><th>foo</th><th>bar</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></div>")),
                Example.of("Optionally, output the string with a dark background", "[[foo bar]; [1 2]] | to html --dark",
                        Value.of("<html><style>body { background-color:black;color:white; }</style><body><table><thead><tr><th>foo</th><th>bar</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></body></html>")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        if (call.has("list")) throw Errors.generic("Themes are not available", call.flagSpan("list"), "nu-ebpf has no built-in theme list");
        boolean raw = call.has("raw");
        String body = body(input.collect(), raw);
        boolean dark = call.has("dark");
        String bg = dark ? "black" : "white", fg = dark ? "white" : "black";
        String html = call.has("partial")
                ? "<div style=\"background-color:" + bg + ";color:" + fg + ";\">" + body + "</div>"
                : "<html><style>body { background-color:" + bg + ";color:" + fg + "; }</style><body>" + body + "</body></html>";
        return PipelineData.of(Value.of(html));
    }

    private static String body(Value v, boolean raw) {
        if (v instanceof Record r) return table(List.of(r), raw);
        if (v instanceof Value.ListV l) {
            if (!l.items().isEmpty() && l.items().stream().allMatch(x -> x instanceof Record)) {
                List<Record> rows = new ArrayList<>();
                for (Value x : l.items()) rows.add((Record) x);
                return table(rows, raw);
            }
            StringBuilder sb = new StringBuilder("<ol>");
            for (Value x : l.items()) sb.append("<li>").append(cell(x, raw)).append("</li>");
            return sb.append("</ol>").toString();
        }
        return cell(v, raw);
    }

    private static String table(List<Record> rows, boolean raw) {
        List<String> cols = new ArrayList<>();
        for (Record r : rows) for (String k : r.keys()) if (!cols.contains(k)) cols.add(k);
        StringBuilder sb = new StringBuilder("<table><thead><tr>");
        for (String c : cols) sb.append("<th>").append(text(c, raw)).append("</th>");
        sb.append("</tr></thead><tbody>");
        for (Record r : rows) {
            sb.append("<tr>");
            for (String c : cols) {
                Value x = r.get(c);
                sb.append("<td>").append(x == null ? "" : cell(x, raw)).append("</td>");
            }
            sb.append("</tr>");
        }
        return sb.append("</tbody></table>").toString();
    }

    private static String cell(Value v, boolean raw) {
        String s = v instanceof Value.Str str ? str.value() : ValueDisplay.cell(v);
        return text(s, raw);
    }

    private static String text(String s, boolean raw) {
        String t = raw ? s : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#x27;").replace("/", "&#x2f;");
        return t.replace("\n", "<br>");
    }
}
