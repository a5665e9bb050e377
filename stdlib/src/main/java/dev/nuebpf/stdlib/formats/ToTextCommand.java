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
import java.util.ArrayList;
import java.util.List;

/** {@code to text}: a scalar's display text; lists and records one item (or "key: value") per line. */
public final class ToTextCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("to text", Category.FORMATS)
                .description("Convert data into plain text format.")
                .switchFlag("no-newline", "Do not append a newline to the end of the text.", 'n')
                .switchFlag("serialize", "serialize nushell types that cannot be deserialized.", 's')
                .io("any", "string");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Outputs data as simple text with a trailing newline", "[1] | to text", Value.of("1\n")),
                Example.of("Outputs data as simple text without a trailing newline", "[1] | to text --no-newline", Value.of("1")),
                Example.of("Outputs a record as text", "{a: 1, b: [1 2]} | to text", Value.of("a: 1\nb: 1, 2\n")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean noNewline = call.has("no-newline");
        if (input instanceof PipelineData.Single s && !(s.value() instanceof Value.ListV) && !(s.value() instanceof Record)
                && !(s.value() instanceof Value.RangeV)) {
            return PipelineData.of(Value.of(s.value() == Value.NOTHING ? "" : item(s.value())));
        }
        Value all = input.collect();
        List<String> lines = new ArrayList<>();
        if (all instanceof Record r) {
            for (int i = 0; i < r.size(); i++) lines.add(r.keys().get(i) + ": " + item(r.values().get(i)));
        } else {
            var it = input instanceof PipelineData.Single ? dev.nuebpf.runtime.Values.iterate(all) : ((Value.ListV) all).items().iterator();
            it.forEachRemaining(v -> lines.add(item(v)));
        }
        String text = String.join("\n", lines);
        if (!noNewline && !lines.isEmpty()) text += "\n";
        return PipelineData.of(Value.of(text));
    }

    /** One item: nested lists joined with ", ", records as "k: v, k: v". */
    static String item(Value v) {
        if (v instanceof Value.ListV l) {
            List<String> parts = new ArrayList<>();
            for (Value x : l.items()) parts.add(item(x));
            return String.join(", ", parts);
        }
        if (v instanceof Record r) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) parts.add(r.keys().get(i) + ": " + item(r.values().get(i)));
            return String.join(", ", parts);
        }
        if (v instanceof Value.Filesize f) return filesize(f.bytes());
        return ValueDisplay.toText(v);
    }

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};

    /** {@code to text} shows filesizes with every significant digit ("1.024 kB"), unlike the rounded display. */
    static String filesize(long bytes) {
        int u = 0;
        long scale = 1;
        while (u < UNITS.length - 1 && Math.abs((double) bytes) >= scale * 1000.0) {
            scale *= 1000;
            u++;
        }
        java.math.BigDecimal v = java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(scale)).stripTrailingZeros();
        return v.toPlainString() + " " + UNITS[u];
    }
}
