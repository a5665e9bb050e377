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
/** {@code metadata}: where a value came from; here the span of the expression (or of the input stream). */
public final class MetadataCommand implements Command {
    private final Signature sig = Signature.build("metadata", Category.CORE)
            .description("Get the metadata for items in the stream.")
            .optional("expression", SyntaxShape.ANY, "The expression you want metadata for.")
            .io("any", "record");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(Example.of("The metadata is a record with a span", "metadata 5 | columns", strs("span")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Span sp = call.positional(0) != null ? call.positionalSpan(0) : Inputs.span(input);
        if (sp == null && Inputs.isNothing(input)) return PipelineData.of(Record.EMPTY);
        if (sp == null) sp = call.head();
        Record.Builder b = Record.builder().put("span", Record.of("start", Value.of(sp.start()), "end", Value.of(sp.end())));
        return PipelineData.of(b.build());
    }
}
