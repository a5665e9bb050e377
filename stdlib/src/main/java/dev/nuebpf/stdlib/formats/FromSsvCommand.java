package dev.nuebpf.stdlib.formats;

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

/** {@code from ssv}: columns separated by runs of at least N spaces (default 2); all cells stay strings. */
public final class FromSsvCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("from ssv", Category.FORMATS)
                .description("Parse text as space-separated values and create a table. The default minimum number of spaces counted as a separator is 2.")
                .switchFlag("noheaders", "Don't treat the first row as column names.", 'n')
                .switchFlag("aligned-columns", "Assume columns are aligned.", 'a')
                .named("minimum-spaces", SyntaxShape.INT, "The minimum spaces to separate columns.", 'm')
                .io("string", "table");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Converts ssv formatted string to table", "'FOO   BAR\n1   2' | from ssv",
                        new Value.ListV(List.of(Record.of("FOO", Value.of("1"), "BAR", Value.of("2"))))),
                Example.of("Converts ssv formatted string to table but not treating the first row as column names", "'FOO   BAR\n1   2' | from ssv --noheaders",
                        new Value.ListV(List.of(Record.of("column0", Value.of("FOO"), "column1", Value.of("BAR")),
                                Record.of("column0", Value.of("1"), "column1", Value.of("2"))))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String text = Inputs.text(call, input, "from ssv");
        Long min = call.intFlag("minimum-spaces");
        String sep = " {" + Math.max(1, min == null ? 2 : min) + ",}";
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\r?\\n")) if (!line.isBlank()) lines.add(line);
        List<Value> out = new ArrayList<>();
        if (lines.isEmpty()) return PipelineData.of(new Value.ListV(out));
        boolean noHeaders = call.has("noheaders");
        if (call.has("aligned-columns") && !noHeaders) {
            aligned(lines, sep, out);
            return PipelineData.of(new Value.ListV(out));
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) rows.add(List.of(line.strip().split(sep)));
        List<String> headers;
        int start = 0;
        if (noHeaders) {
            headers = new ArrayList<>();
            int max = rows.stream().mapToInt(List::size).max().orElse(0);
            for (int i = 0; i < max; i++) headers.add("column" + i);
        } else {
            headers = rows.get(0);
            start = 1;
        }
        for (int r = start; r < rows.size(); r++) {
            Record.Builder b = Record.builder();
            List<String> cells = rows.get(r);
            // without --aligned-columns a row only fills as many columns as it has cells
            for (int c = 0; c < Math.min(headers.size(), cells.size()); c++) b.put(headers.get(c), Value.of(cells.get(c)));
            out.add(b.build());
        }
        return PipelineData.of(new Value.ListV(out));
    }

    /** Cells are cut at the positions where the header's column names start. */
    private static void aligned(List<String> lines, String sep, List<Value> out) {
        String header = lines.get(0);
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\\S+(?: \\S+)*").matcher(header);
        while (m.find()) {
            starts.add(m.start());
            names.add(m.group());
        }
        for (int r = 1; r < lines.size(); r++) {
            String line = lines.get(r);
            Record.Builder b = Record.builder();
            for (int c = 0; c < names.size(); c++) {
                int from = Math.min(starts.get(c), line.length());
                int to = c + 1 < starts.size() ? Math.min(starts.get(c + 1), line.length()) : line.length();
                b.put(names.get(c), Value.of(line.substring(from, Math.max(from, to)).trim()));
            }
            out.add(b.build());
        }
    }
}
