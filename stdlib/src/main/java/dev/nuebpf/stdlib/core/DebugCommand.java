package dev.nuebpf.stdlib.core;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import dev.nuebpf.runtime.Values;
import dev.nuebpf.stdlib.common.CellPathOps;
import dev.nuebpf.stdlib.common.Closures;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.runtime.TypeNames;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
/** {@code debug}: each value's text form (a list gives one string per item). */
public final class DebugCommand implements Command {
    private final Signature sig = Signature.build("debug", Category.DEBUG)
            .description("Debug print the value(s) piped in.")
            .switchFlag("raw", "Prints the raw value representation.", 'r')
            .switchFlag("raw-value", "Prints the raw value representation but not the nushell value part.", 'v')
            .io("any", "any").io("list<any>", "list<any>");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Debug a record", "{a: 1} | debug", s("{a: 1}")),
                Example.of("Debug the items of a list", "[1 a 1.5] | debug", strs("1", "a", "1.5")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        if (Inputs.isListLike(input)) return Inputs.map(call, input.iterator(), v -> Value.of(text(v)));
        return PipelineData.of(Value.of(text(input.collect())));
    }

    private static String text(Value v) {
        return v instanceof Value.Str s ? s.value() : dev.nuebpf.format.ValueDisplay.toText(v);
    }
}
