package dev.nuebpf.stdlib.strings;

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
import java.util.regex.Pattern;

/**
 * {@code split column}: each string becomes a row whose columns are its pieces, named by the given names
 * (pieces beyond the names are dropped) or column0, column1 ...
 */
public final class SplitColumnCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("split column", Category.STRINGS)
                .description("Split text into the columns of a table row at a separator.")
                .required("separator", SyntaxShape.STRING, "The separator (a regex with --regex).")
                .rest("rest", SyntaxShape.STRING, "Names for the columns.")
                .switchFlag("collapse-empty", "Drop empty pieces.", 'c')
                .named("number", SyntaxShape.INT, "Split into at most this many columns.", 'n')
                .switchFlag("right", "With --number, count the pieces from the right.", null)
                .switchFlag("regex", "Treat the separator as a regular expression.", 'r')
                .io("string", "table").io("list<string>", "table")
                .searchTerms("separate", "divide", "regex");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Split into columns", "'a--b--c' | split column '--'",
                        new Value.ListV(List.of(Record.builder().put("column0", Value.of("a")).put("column1", Value.of("b"))
                                .put("column2", Value.of("c")).build()))),
                Example.of("Name the columns", "'author: Salina Yoon' | split column --number 2 ': ' key value",
                        new Value.ListV(List.of(Record.of("key", Value.of("author"), "value", Value.of("Salina Yoon"))))),
                Example.of("Split each string of a list", "['a-b' 'c-d'] | split column -",
                        new Value.ListV(List.of(Record.of("column0", Value.of("a"), "column1", Value.of("b")),
                                Record.of("column0", Value.of("c"), "column1", Value.of("d"))))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Pattern p = SplitRowCommand.separator(call);
        int limit = SplitRowCommand.limit(call);
        boolean right = call.has("right"), collapse = call.has("collapse-empty");
        List<String> names = new ArrayList<>();
        for (Value v : call.rest()) names.add(dev.nuebpf.command.Errors.expectString(v, call.head()));
        java.util.function.UnaryOperator<Value> row = v -> {
            List<String> parts = new ArrayList<>(Splitter.split(Operate.str(call, v), p, limit, right));
            if (collapse) parts.removeIf(String::isEmpty);
            Record.Builder b = Record.builder();
            for (int i = 0; i < parts.size(); i++) {
                if (!names.isEmpty() && i >= names.size()) break;
                b.put(names.isEmpty() ? "column" + i : names.get(i), Value.of(parts.get(i)));
            }
            return b.build();
        };
        if (input instanceof PipelineData.Single s && s.value() instanceof Value.Str) {
            return PipelineData.of(new Value.ListV(List.of(row.apply(s.value()))));
        }
        return Operate.mapEach(input, row);
    }
}
