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
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\\r?\\n")) {
            if (line.isBlank()) continue;
            List<String> cells = new ArrayList<>(List.of(line.strip().split(sep)));
            rows.add(cells);
        }
        List<Value> out = new ArrayList<>();
        if (rows.isEmpty()) return PipelineData.of(new Value.ListV(out));
        List<String> headers;
        int start = 0;
        if (call.has("noheaders")) {
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
            for (int c = 0; c < headers.size(); c++) b.put(headers.get(c), Value.of(c < cells.size() ? cells.get(c) : ""));
            out.add(b.build());
        }
        return PipelineData.of(new Value.ListV(out));
    }
}
