package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code from md}: a line-based reader for the block structure of Markdown (front matter, headings, paragraphs,
 * list items, fenced code). Inline markup is kept as text. Rows carry 1-based line/column spans like nu's.
 */
public final class FromMdCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("from md", Category.FORMATS)
                .description("Convert markdown text into human-friendly structured rows. Use --verbose for the full AST.")
                .switchFlag("verbose", "Return the full markdown AST", 'v')
                .io("string", "table");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Parse a heading", "'# Title' | from md | get 0.content", Value.of("Title")),
                Example.of("Headings carry their depth", "'# Title' | from md | get 0.attributes.depth", Value.of(1L)));
    }

    private record Block(String type, String content, int line1, int col1, int line2, int col2, Record attrs) {}

    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*?)\\s*#*\\s*");
    private static final Pattern ITEM = Pattern.compile("(\\s*)([-*+]|(\\d+)[.)])\\s+(.*)");

    @Override public PipelineData run(Call call, PipelineData input) {
        List<Block> blocks = parse(Inputs.text(call, input, "from md"));
        List<Value> rows = new ArrayList<>();
        for (Block b : blocks) rows.add(call.has("verbose") ? verbose(b) : simple(b));
        return PipelineData.of(new Value.ListV(rows));
    }

    private static Record span(int l1, int c1, int l2, int c2) {
        return Record.of("start", Record.of("line", Value.of((long) l1), "column", Value.of((long) c1)),
                "end", Record.of("line", Value.of((long) l2), "column", Value.of((long) c2)));
    }

    private static Value simple(Block b) {
        Record.Builder r = Record.builder().put("element", Value.of(b.type().startsWith("h") || b.type().equals("item") || b.type().equals("paragraph")
                        ? "text" : b.type()))
                .put("content", Value.of(b.content())).put("content_span", span(b.line1(), b.col1(), b.line2(), b.col2()));
        if (b.attrs() != null && !b.attrs().isEmpty()) r.put("attributes", b.attrs());
        return r.build();
    }

    private static Value verbose(Block b) {
        String type = b.type().equals("item") ? "listItem" : b.type();
        Record attrs = b.attrs() == null ? Record.EMPTY : b.attrs();
        List<Value> children = new ArrayList<>();
        if (!b.type().equals("yaml") && !b.type().equals("code")) {
            children.add(Record.builder().put("type", Value.of("text")).put("position", span(b.line1(), b.col1(), b.line2(), b.col2()))
                    .put("attrs", Record.of("value", Value.of(b.content()))).put("children", new Value.ListV(List.of())).build());
        } else attrs = attrs.with("value", Value.of(b.content()));
        return Record.builder().put("type", Value.of(type)).put("position", span(b.line1(), 1, b.line2(), b.col2()))
                .put("attrs", attrs).put("children", new Value.ListV(children)).build();
    }

    static List<Block> parse(String text) {
        String[] lines = text.split("\n", -1);
        List<Block> out = new ArrayList<>();
        int i = 0;
        if (lines.length > 0 && lines[0].equals("---")) {
            for (int j = 1; j < lines.length; j++) {
                if (lines[j].equals("---")) {
                    out.add(new Block("yaml", String.join("\n", java.util.Arrays.copyOfRange(lines, 1, j)), 1, 1, j + 1, 4, null));
                    i = j + 1;
                    break;
                }
            }
        }
        while (i < lines.length) {
            String line = lines[i];
            if (line.isBlank()) { i++; continue; }
            Matcher h = HEADING.matcher(line);
            Matcher item = ITEM.matcher(line);
            if (h.matches()) {
                int depth = h.group(1).length();
                int col = line.indexOf(h.group(2)) + 1;
                out.add(new Block("h" + depth, h.group(2), i + 1, col, i + 1, col + h.group(2).length(),
                        Record.of("depth", Value.of((long) depth), "level", Value.of((long) depth))));
                i++;
            } else if (line.startsWith("```") || line.startsWith("~~~")) {
                String fence = line.substring(0, 3);
                String lang = line.substring(3).trim();
                int start = i;
                List<String> body = new ArrayList<>();
                i++;
                while (i < lines.length && !lines[i].startsWith(fence)) body.add(lines[i++]);
                int endLine = Math.min(i, lines.length - 1);
                i++;
                out.add(new Block("code", String.join("\n", body), start + 1, 1, endLine + 1, lines[endLine].length() + 1,
                        lang.isEmpty() ? null : Record.of("lang", Value.of(lang))));
            } else if (item.matches()) {
                boolean ordered = item.group(3) != null;
                int col = line.length() - item.group(4).length() + 1;
                out.add(new Block("item", item.group(4), i + 1, col, i + 1, line.length() + 1,
                        Record.of("level", Value.of((long) (item.group(1).length() / 2)), "ordered", Value.of(ordered))));
                i++;
            } else {
                int start = i;
                List<String> para = new ArrayList<>();
                while (i < lines.length && !lines[i].isBlank() && !HEADING.matcher(lines[i]).matches() && !lines[i].startsWith("```")) {
                    para.add(lines[i].strip());
                    i++;
                }
                out.add(new Block("paragraph", String.join("\n", para), start + 1, 1, i, lines[i - 1].length() + 1, null));
            }
        }
        return out;
    }
}
