package dev.nuebpf.stdlib.filters;

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
/** {@code wrap}: puts each row (or the single value) in a record under the given column name. */
public final class WrapCommand implements Command {
    private final Signature sig = Signature.build("wrap", Category.FILTERS)
            .description("Wrap the value into a column.")
            .required("name", SyntaxShape.STRING, "The name of the column.")
            .io("list<any>", "table").io("range", "table").io("any", "record");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Wrap a list into a table", "[1 2 3] | wrap num", table(cols("num"), row(i(1)), row(i(2)), row(i(3)))),
                Example.of("Wrap a range into a table", "1..2 | wrap n", table(cols("n"), row(i(1)), row(i(2)))),
                Example.of("Wrap a single value into a record", "5 | wrap n", rec("n", i(5))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String name = call.stringArg(0);
        if (Inputs.isListLike(input)) return Inputs.map(call, input.iterator(), v -> Record.of(name, v));
        return PipelineData.of(Record.of(name, input.collect()));
    }
}
