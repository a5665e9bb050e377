package dev.nuebpf.stdlib.web;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.stdlib.common.V;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code url split-query}: a form-encoded query string as a key/value table (repeated keys stay separate rows). */
public final class UrlSplitQueryCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("url split-query", Category.MISC)
                .description("Converts query string into table applying percent-decoding.")
                .io("string", "table<key: string, value: string>")
                .searchTerms("convert", "record", "table");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Outputs a table representing the contents of this query string", "\"mode=normal&userid=31415\" | url split-query",
                        V.table(V.cols("key", "value"), V.row(V.s("mode"), V.s("normal")), V.row(V.s("userid"), V.s("31415")))),
                Example.of("Outputs a table representing the contents of this query string, url-decoding the values",
                        "\"a=AT%26T&b=AT+T\" | url split-query",
                        V.table(V.cols("key", "value"), V.row(V.s("a"), V.s("AT&T")), V.row(V.s("b"), V.s("AT T")))),
                Example.of("Outputs a table representing the contents of this query string, keeping repeated keys",
                        "\"a=one&a=two&b=three\" | url split-query",
                        V.table(V.cols("key", "value"), V.row(V.s("a"), V.s("one")), V.row(V.s("a"), V.s("two")), V.row(V.s("b"), V.s("three")))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value v = input.collect();
        if (!(v instanceof Value.Str s)) throw ShellErrors.unsupportedInput("string", v, call.head(), null);
        return PipelineData.of(table(s.value()));
    }

    /** The pairs of a query string; shared with {@code url parse} for its params column. */
    static Value.ListV table(String query) {
        List<Value> rows = new ArrayList<>();
        for (String part : query.split("&")) {
            if (part.isEmpty()) continue;
            int eq = part.indexOf('=');
            String k = eq < 0 ? part : part.substring(0, eq);
            String val = eq < 0 ? "" : part.substring(eq + 1);
            rows.add(Record.of("key", Value.of(decode(k)), "value", Value.of(decode(val))));
        }
        return new Value.ListV(rows);
    }

    private static String decode(String s) {
        return new String(Percent.decode(s, true), StandardCharsets.UTF_8);
    }
}
