package dev.nuebpf.stdlib.path;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The input shape of most path commands: a string, or a list of strings mapped one by one. */
final class PathInput {
    private PathInput() {}

    static PipelineData map(Call call, PipelineData input, Function<String, Value> f) {
        Value v = input.collect();
        if (v instanceof Value.ListV l) {
            List<Value> out = new ArrayList<>();
            for (Value item : l.items()) out.add(f.apply(text(call, item)));
            return PipelineData.of(new Value.ListV(out));
        }
        return PipelineData.of(f.apply(text(call, v)));
    }

    static String text(Call call, Value v) {
        if (v instanceof Value.Str s) return s.value();
        if (v instanceof Value.Glob g) return g.pattern();
        throw ShellException.of("nu::parser::input_type_mismatch", "Command does not support " + v.typeName() + " input.",
                call.head(), "command doesn't support " + v.typeName() + " input");
    }
}
