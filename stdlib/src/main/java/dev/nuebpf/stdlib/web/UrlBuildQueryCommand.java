package dev.nuebpf.stdlib.web;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import java.util.List;

/** {@code url build-query}: a record (list values repeat the key) or a key/value table as a form-encoded query. */
public final class UrlBuildQueryCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("url build-query", Category.MISC)
                .description("Converts record or table into query string applying percent-encoding.")
                .io("record", "string").io("table<key: any, value: any>", "string")
                .searchTerms("convert", "record", "table");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Outputs a query string representing the contents of this record", "{ mode:normal userid:31415 } | url build-query",
                        Value.of("mode=normal&userid=31415")),
                Example.of("Outputs a query string representing the contents of this record, with a value that needs to be url-encoded",
                        "{a:\"AT&T\", b: \"AT T\"} | url build-query", Value.of("a=AT%26T&b=AT+T")),
                Example.of("Outputs a query string representing the contents of this record, \"exploding\" the list into multiple parameters",
                        "{a: [\"one\", \"two\"], b: \"three\"} | url build-query", Value.of("a=one&a=two&b=three")),
                Example.of("Outputs a query string representing the contents of this table containing key-value pairs",
                        "[[key, value]; [a, one], [a, two], [b, three], [a, four]] | url build-query", Value.of("a=one&a=two&b=three&a=four")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Span src = Inputs.span(input);
        return PipelineData.of(Value.of(build(input.collect(), call, src)));
    }

    /** The query string for a record or key/value table; shared with {@code url join} for its params. */
    static String build(Value v, Call call, Span src) {
        StringBuilder sb = new StringBuilder();
        if (v instanceof Record r) {
            for (int i = 0; i < r.size(); i++) add(sb, r.keys().get(i), r.values().get(i), call, src, true);
        } else if (v instanceof Value.ListV l) {
            for (Value row : l.items()) {
                if (!(row instanceof Record r) || r.get("key") == null || r.get("value") == null)
                    throw unsupported(call, src, "Expected a table with key and value columns");
                add(sb, text(r.get("key"), call, src), r.get("value"), call, src, false);
            }
        } else {
            throw ShellErrors.unsupportedInput("record or table", v, call.head(), src);
        }
        return sb.toString();
    }

    private static void add(StringBuilder sb, String key, Value value, Call call, Span src, boolean explode) {
        if (explode && value instanceof Value.ListV l) {
            for (Value item : l.items()) add(sb, key, item, call, src, false);
            return;
        }
        if (!sb.isEmpty()) sb.append('&');
        sb.append(Percent.form(key)).append('=').append(Percent.form(text(value, call, src)));
    }

    private static String text(Value v, Call call, Span src) {
        return switch (v) {
            case Value.Str s -> s.value();
            case Value.Int i -> Long.toString(i.value());
            case Value.Bool b -> Boolean.toString(b.value());
            case Value.Float f -> dev.nuebpf.format.ValueDisplay.toText(f);
            default -> throw unsupported(call, src, "Expected a record with string or list of string values");
        };
    }

    private static ShellException unsupported(Call call, Span src, String msg) {
        return new ShellException(Diagnostic.builder("nu::shell::unsupported_input", "Unsupported input")
                .label(call.head(), msg).label(src == null ? call.head() : src, "value originates from here").build());
    }
}
