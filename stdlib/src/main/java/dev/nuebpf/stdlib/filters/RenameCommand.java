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
/** {@code rename}: new names for the first columns, for named columns (--column), or computed by a closure (--block). */
public final class RenameCommand implements Command {
    private final Signature sig = Signature.build("rename", Category.FILTERS)
            .description("Creates a new table with columns renamed.")
            .rest("rest", SyntaxShape.STRING, "The new names for the columns.")
            .named("column", SyntaxShape.RECORD, "Column name to be changed.", 'c')
            .named("block", SyntaxShape.CLOSURE, "A closure to apply changes on each column.", 'b')
            .io("record", "record").io("table", "table")
            .searchTerms("new name");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Rename the first column", "[[a b]; [1 2]] | rename my_column", table(cols("my_column", "b"), row(i(1), i(2)))),
                Example.of("Rename several columns", "[[a b c]; [1 2 3]] | rename eggs ham bacon",
                        table(cols("eggs", "ham", "bacon"), row(i(1), i(2), i(3)))),
                Example.of("Rename a column by name", "[[a b c]; [1 2 3]] | rename --column {a: ham}",
                        table(cols("ham", "b", "c"), row(i(1), i(2), i(3)))),
                Example.of("Rename the fields of a record", "{a: 1, b: 2} | rename x y", rec("x", i(1), "y", i(2))),
                Example.of("Rename with a closure", "{abc: 1, bbc: 2} | rename --block {|c| $c + '_x' }", rec("abc_x", i(1), "bbc_x", i(2))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < call.rest().size(); k++) names.add(dev.nuebpf.command.Errors.expectString(call.rest().get(k), call.restSpans().get(k)));
        Value colFlag = call.flag("column");
        Value block = call.flag("block");
        Span src = Inputs.span(input);
        java.util.Map<String, String> byName = new java.util.LinkedHashMap<>();
        if (colFlag != null) {
            if (!(colFlag instanceof Record r)) throw ShellErrors.typeMismatch("expected record, found " + TypeNames.of(colFlag), call.flagSpan("column"));
            for (int k = 0; k < r.size(); k++) {
                if (!(r.values().get(k) instanceof Value.Str ns))
                    throw ShellErrors.typeMismatch("new column name must be a string", call.flagSpan("column"));
                byName.put(r.keys().get(k), ns.value());
            }
        }
        java.util.Map<String, String> cache = new java.util.HashMap<>();
        java.util.function.Function<Record, Record> rename = r -> {
            for (String old : byName.keySet())
                if (!r.has(old)) throw new dev.nuebpf.command.ShellException(dev.nuebpf.diag.Diagnostic.builder("nu::shell::unsupported_input", "Unsupported input")
                        .label(call.flagSpan("column"), "The column '" + old + "' does not exist in the input").label(src, "value originated from here").build());
            Record.Builder b = Record.builder();
            for (int k = 0; k < r.size(); k++) {
                String key = r.keys().get(k);
                String nk;
                if (block instanceof Value.ClosureV c) nk = cache.computeIfAbsent(key, x -> dev.nuebpf.format.ValueDisplay.toText(Closures.apply(call, c, Value.of(x))));
                else if (colFlag != null) nk = byName.getOrDefault(key, key);
                else nk = k < names.size() ? names.get(k) : key;
                b.put(nk, r.values().get(k));
            }
            return b.build();
        };
        if (Inputs.isListLike(input)) return Inputs.map(call, input.iterator(), v -> v instanceof Record r ? rename.apply(r) : v);
        Value v = input.collect();
        if (v instanceof Record r) return PipelineData.of(rename.apply(r));
        throw ShellErrors.unsupportedInput("record or table", v, call.head(), src);
    }
}
