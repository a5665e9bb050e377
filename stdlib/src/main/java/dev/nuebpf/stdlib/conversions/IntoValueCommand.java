package dev.nuebpf.stdlib.conversions;

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

/**
 * {@code into value}: in nu 0.115 this turns custom (plugin) values into plain ones and leaves everything
 * else alone (type inference from strings moved to {@code detect type}). Our custom values become their text.
 */
public final class IntoValueCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("into value", Category.CONVERSIONS)
                .description("Convert custom values into base values.")
                .io("any", "any")
                .searchTerms("custom", "base", "convert", "conversion");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Plain values pass through unchanged", "{a: '1'} | into value", Record.of("a", Value.of("1"))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        if (input instanceof PipelineData.Single s) return PipelineData.of(base(s.value()));
        if (input instanceof PipelineData.Empty) return input;
        var it = input.iterator();
        return PipelineData.stream(new java.util.Iterator<>() {
            public boolean hasNext() { return it.hasNext(); }
            public Value next() { return base(it.next()); }
        }, call.head());
    }

    private static Value base(Value v) {
        return switch (v) {
            case Value.Custom c -> Value.of(ValueDisplay.toText(c));
            case Value.ListV l -> {
                List<Value> out = new ArrayList<>(l.items().size());
                for (Value x : l.items()) out.add(base(x));
                yield new Value.ListV(out);
            }
            case Record r -> {
                Record.Builder b = Record.builder();
                for (int i = 0; i < r.size(); i++) b.put(r.keys().get(i), base(r.values().get(i)));
                yield b.build();
            }
            default -> v;
        };
    }
}
