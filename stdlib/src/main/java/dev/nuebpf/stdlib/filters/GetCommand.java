package dev.nuebpf.stdlib.filters;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.CellPathOps;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/** {@code get}: follows one or more cell paths into the input; several paths give a list of results. */
public final class GetCommand implements Command {
    private final Signature sig = Signature.build("get", Category.FILTERS)
            .description("Extract data using a cell path.")
            .extraDescription("This is equivalent to using the cell path access syntax: `$env.OS` is the same as `$env | get OS`.")
            .required("cell_path", SyntaxShape.CELL_PATH, "The cell path to the data.")
            .rest("rest", SyntaxShape.CELL_PATH, "Additional cell paths.")
            .switchFlag("optional", "Make all cell path members optional (returns `null` for missing values).", 'o')
            .switchFlag("ignore-case", "Make all cell path members case insensitive.", null)
            .switchFlag("ignore-errors", "Ignore missing data (make all cell path members optional) (deprecated).", 'i')
            .switchFlag("sensitive", "Get path in a case sensitive manner (deprecated).", 's')
            .io("list<any>", "any").io("table", "any").io("record", "any").io("nothing", "nothing");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Get an item of a list by index", "[10 20 30] | get 1", i(20)),
                Example.of("Get a column of a table", "[{n: 1} {n: 2}] | get n", ints(1, 2)),
                Example.of("Follow a nested path", "{a: {b: [5 6]}} | get a.b.1", i(6)),
                Example.of("Missing values become null with --optional", "[{a: 1} {b: 2}] | get --optional a", list(i(1), nothing())),
                Example.of("Several paths give several results", "[[a b]; [1 2] [3 4]] | get a b", list(ints(1, 3), ints(2, 4))),
                Example.of("Match the column name in any case", "{Name: x} | get --ignore-case name", s("x")),
                Example.of("Get a row of a table", "[[a b]; [1 2] [3 4]] | get 1", rec("a", i(3), "b", i(4))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean optional = call.has("optional") || call.has("ignore-errors");
        boolean ci = call.has("ignore-case");
        Value v = input.collect();
        Span src = Inputs.span(input);
        if (src == null) src = call.inputSpan();   // the previous stage, like nu's value span
        List<Value> paths = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        paths.add(call.req(0));
        spans.add(call.positionalSpan(0));
        paths.addAll(call.rest());
        spans.addAll(call.restSpans());
        if (paths.size() == 1) return PipelineData.of(CellPathOps.follow(v, CellPathOps.members(paths.get(0), spans.get(0)), src, optional, ci));
        List<Value> out = new ArrayList<>();
        for (int k = 0; k < paths.size(); k++)
            out.add(CellPathOps.follow(v, CellPathOps.members(paths.get(k), spans.get(k)), src, optional, ci));
        return Inputs.list(out);
    }
}
