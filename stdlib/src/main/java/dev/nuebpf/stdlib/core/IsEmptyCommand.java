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
/** {@code is-empty}: Check for empty values. Empty means null, "", [], {} or empty binary. */
public final class IsEmptyCommand implements Command {
    private final Signature sig = Signature.build("is-empty", Category.CORE)
            .description("Check for empty values.")
            .rest("rest", SyntaxShape.CELL_PATH, "The names of the columns to check emptiness.")
            .io("any", "bool")
            .searchTerms("null", "none", "empty");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("An empty string is empty", "'' | is-empty", b(true)),
                Example.of("A list with items is not empty", "[1] | is-empty", b(false)),
                Example.of("Null is empty", "null | is-empty", b(true)),
                Example.of("Check a column", "{a: null, b: 1} | is-empty a", b(true)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PipelineData.of(Value.of(Emptiness.isEmpty(call, input)));
    }
}
