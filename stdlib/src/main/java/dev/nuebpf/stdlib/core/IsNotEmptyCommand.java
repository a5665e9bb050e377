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
/** {@code is-not-empty}: Check for non-empty values. Empty means null, "", [], {} or empty binary. */
public final class IsNotEmptyCommand implements Command {
    private final Signature sig = Signature.build("is-not-empty", Category.CORE)
            .description("Check for non-empty values.")
            .rest("rest", SyntaxShape.CELL_PATH, "The names of the columns to check emptiness.")
            .io("any", "bool")
            .searchTerms("null", "none", "empty");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("An empty list is not non-empty", "[] | is-not-empty", b(false)),
                Example.of("A string with text is not empty", "'x' | is-not-empty", b(true)),
                Example.of("Check a column of a table", "[[a]; [1] [null]] | is-not-empty a", b(true)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PipelineData.of(Value.of(!Emptiness.isEmpty(call, input)));
    }
}
