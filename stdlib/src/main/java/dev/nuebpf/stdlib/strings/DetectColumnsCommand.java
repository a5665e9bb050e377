package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code detect columns}: turns whitespace-aligned text (ps, df, ls -l output) into a table. The first line
 * names the columns; a line with another number of fields becomes a {@code {data: line}} row, and if no line
 * fits, every line does. --combine-columns joins a range of fields into one.
 */
public final class DetectColumnsCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("detect columns", Category.STRINGS)
                .description("Split whitespace-aligned text into a table.")
                .named("skip", SyntaxShape.INT, "Number of lines to skip first.", 's')
                .switchFlag("no-headers", "The first line is data; columns are named column0, column1 ...", 'n')
                .switchFlag("ignore-box-chars", "Ignore box-drawing lines and | separators.", 'i')
                .named("combine-columns", SyntaxShape.RANGE, "Combine the fields in this range of columns into one.", 'c')
                .switchFlag("guess", "Guess column positions from the text layout (treated like the default here).", null)
                .io("string", "table").io("table", "table")
                .searchTerms("split", "tabular");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Without headers", "'a b c' | detect columns --no-headers",
                        new Value.ListV(List.of(Record.builder().put("column0", Value.of("a")).put("column1", Value.of("b"))
                                .put("column2", Value.of("c")).build()))),
                Example.of("Combine two columns", "$'c1 c2 c3 c4 c5(char nl)a b c d e' | detect columns --combine-columns 0..1",
                        new Value.ListV(List.of(Record.builder().put("c1", Value.of("a b")).put("c3", Value.of("c"))
                                .put("c4", Value.of("d")).put("c5", Value.of("e")).build()))),
                Example.of("A table passes through", "[[name, age]; [Alice, 25]] | detect columns",
                        new Value.ListV(List.of(Record.of("name", Value.of("Alice"), "age", Value.of(25))))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value in = input.collect();
        if (!(in instanceof Value.Str s)) {
            if (in instanceof Value.ListV || in instanceof Record || in == Value.NOTHING) return PipelineData.of(in);
            throw Operate.notString(call, in);
        }
        List<String> lines = LinesCommand.split(s.value(), false);
        Long skip = call.intFlag("skip");
        if (skip != null) lines = lines.subList((int) Math.min(Math.max(0, skip), lines.size()), lines.size());
        boolean box = call.has("ignore-box-chars");
        if (box) {
            List<String> kept = new ArrayList<>();
            for (String l : lines) {
                if (l.strip().chars().allMatch(DetectColumnsCommand::isBoxChar)) continue;
                kept.add(l.replaceAll("[|│┃║]", " "));
            }
            lines = kept;
        }
        if (lines.isEmpty()) return PipelineData.of(Value.NOTHING);
        Value combine = call.flag("combine-columns");
        boolean noHeaders = call.has("no-headers");
        List<String> headers;
        List<String> data;
        if (noHeaders) {
            data = lines;
            List<String> first = fields(lines.get(0));
            headers = new ArrayList<>();
            for (int i = 0; i < first.size(); i++) headers.add("column" + i);
        } else {
            headers = fields(lines.get(0));
            data = lines.subList(1, lines.size());
        }
        int width = headers.size();
        if (combine != null) headers = combine(headers, combine, call, true);
        boolean anyFits = data.isEmpty();
        for (String l : data) if (fields(l).size() == width) anyFits = true;
        List<Value> rows = new ArrayList<>();
        if (!anyFits) {
            for (String l : lines) rows.add(Record.of("data", Value.of(l)));
            return PipelineData.of(new Value.ListV(rows));
        }
        for (String l : data) {
            List<String> f = fields(l);
            if (f.size() != width) {
                rows.add(Record.of("data", Value.of(l)));
                continue;
            }
            if (combine != null) f = combine(f, combine, call, false);
            Record.Builder b = Record.builder();
            for (int i = 0; i < headers.size(); i++) b.put(headers.get(i), Value.of(f.get(i)));
            rows.add(b.build());
        }
        return PipelineData.of(new Value.ListV(rows));
    }

    private static boolean isBoxChar(int c) {
        return c == '+' || c == '-' || c == '=' || c == '|' || (c >= 0x2500 && c <= 0x257F);
    }

    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        for (String f : line.strip().split("\\s+")) if (!f.isEmpty()) out.add(f);
        return out;
    }

    /** Joins the fields in the range into one (with single spaces); a header keeps the first name. */
    private static List<String> combine(List<String> fs, Value range, Call call, boolean header) {
        Bounds b = Bounds.of(range, fs.size(), call.flagSpan("combine-columns"));
        if (b.to() - b.from() < 2) return fs;
        List<String> out = new ArrayList<>(fs.subList(0, b.from()));
        out.add(header ? fs.get(b.from()) : String.join(" ", fs.subList(b.from(), b.to())));
        out.addAll(fs.subList(b.to(), fs.size()));
        return out;
    }
}
