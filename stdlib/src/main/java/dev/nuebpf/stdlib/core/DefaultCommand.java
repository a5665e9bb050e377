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
/**
 * {@code default}: replaces a null input (or, given column names, null/missing columns of each row)
 * with a value; --empty also replaces empty strings, lists and records. A closure default is only
 * run when it is needed.
 */
public final class DefaultCommand implements Command {
    private final Signature sig = Signature.build("default", Category.CORE)
            .description("Sets a default value if a row's column is missing or null.")
            .required("default value", SyntaxShape.ANY, "The value to use as a default.")
            .rest("column name", SyntaxShape.STRING, "The name of the column.")
            .switchFlag("empty", "Also replace empty items like \"\", {}, and [].", 'e')
            .io("any", "any")
            .searchTerms("fallback", "replace", "null");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Replace null", "null | default 'abc'", s("abc")),
                Example.of("Other values pass through", "5 | default 0", i(5)),
                Example.of("Fill null cells of a column", "[[a]; [null] [1]] | default 0 a", table(cols("a"), row(i(0)), row(i(1)))),
                Example.of("Add missing fields", "{a: null} | default 5 a b", rec("a", i(5), "b", i(5))),
                Example.of("Also replace empty values", "[] | default --empty 'none'", s("none")),
                Example.of("A closure default is evaluated", "null | default { 2 + 3 }", i(5)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value dflt = call.req(0);
        boolean empty = call.has("empty");
        java.util.function.Predicate<Value> missing = v -> v == null || v == Value.NOTHING || (empty && Inputs.isEmptyValue(v));
        Value[] cached = {null};
        java.util.function.Supplier<Value> value = () -> {
            if (cached[0] == null) cached[0] = dflt instanceof Value.ClosureV c ? Closures.apply(call, c, List.of(), null) : dflt;
            return cached[0];
        };
        List<String> columns = new ArrayList<>();
        for (int k = 0; k < call.rest().size(); k++) columns.add(dev.nuebpf.command.Errors.expectString(call.rest().get(k), call.restSpans().get(k)));
        if (columns.isEmpty()) {
            if (Inputs.isNothing(input)) return PipelineData.of(value.get());
            if (input instanceof PipelineData.Single s) return missing.test(s.value()) ? PipelineData.of(value.get()) : input;
            if (!empty) return input;
            List<Value> rows = Inputs.rows(input);
            return rows.isEmpty() ? PipelineData.of(value.get()) : Inputs.list(rows);
        }
        java.util.function.Function<Value, Value> fill = v -> {
            if (!(v instanceof Record r)) return v;
            Record.Builder b = r.toBuilder();
            for (String c : columns) if (missing.test(r.get(c))) b.put(c, value.get());
            return b.build();
        };
        if (Inputs.isListLike(input)) return Inputs.map(call, input.iterator(), fill::apply);
        return PipelineData.of(fill.apply(input.collect()));
    }
}
