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
import java.util.Set;

/** {@code url join}: the inverse of {@code url parse}, a record of URL parts as one URL string. */
public final class UrlJoinCommand implements Command {
    private static final Set<String> FIELDS = Set.of("scheme", "username", "password", "host", "port", "path", "query", "fragment", "params");

    @Override public Signature signature() {
        return Signature.build("url join", Category.MISC)
                .description("Convert a record to a URL string.")
                .io("record", "string")
                .searchTerms("scheme", "username", "password", "hostname", "port", "path", "query", "fragment");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Outputs a url representing the contents of this record",
                        "{scheme: http, username: u, password: p, host: localhost, port: 8080, path: /a, query: 'x=1', fragment: f} | url join",
                        Value.of("http://u:p@localhost:8080/a?x=1#f")),
                Example.of("Builds the query from params", "{scheme: https, host: www.example.com, params: {a: 1, b: 'x y'}} | url join",
                        Value.of("https://www.example.com?a=1&b=x+y")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Span src = Inputs.span(input);
        Value v = input.collect();
        if (!(v instanceof Record r)) throw ShellErrors.unsupportedInput("record", v, call.head(), src);
        for (String k : r.keys())
            if (!FIELDS.contains(k))
                throw ShellException.of("nu::shell::error", "'" + k + "' is not a valid URL field", src == null ? call.head() : src,
                        "remove '" + k + "' col from input record");
        String scheme = text(r, "scheme");
        String host = text(r, "host");
        if (scheme == null || scheme.isEmpty()) throw missing("scheme", call, src);
        if (host == null || host.isEmpty()) throw missing("host", call, src);
        String query = text(r, "query");
        Value params = r.get("params");
        if (params != null && params != Value.NOTHING) {
            String built = UrlBuildQueryCommand.build(params, call, src);
            // nu compares the given query with "?" + the params' query, and keeps the given one when they agree
            if (query != null && !query.isEmpty() && !query.equals("?" + built))
                throw new ShellException(Diagnostic.builder("nu::shell::incompatible_parameters", "Incompatible parameters.")
                        .label(src == null ? call.head() : src, "instead query string from params is: ?" + built)
                        .label(src == null ? call.head() : src, "Mismatch, query param is: " + query).build());
            if (query == null || query.isEmpty()) query = built;
        }
        StringBuilder sb = new StringBuilder(scheme).append("://");
        String user = text(r, "username");
        String pass = text(r, "password");
        if (user != null && !user.isEmpty()) {
            sb.append(user);
            if (pass != null && !pass.isEmpty()) sb.append(':').append(pass);
            sb.append('@');
        }
        sb.append(host);
        String port = port(r.get("port"), call, src);
        if (port != null && !port.isEmpty()) sb.append(':').append(port);
        String path = text(r, "path");
        if (path != null && !path.isEmpty() && !path.equals("/")) sb.append(path.startsWith("/") ? "" : "/").append(path);
        if (query != null && !query.isEmpty()) sb.append('?').append(query);
        String fragment = text(r, "fragment");
        if (fragment != null && !fragment.isEmpty()) sb.append('#').append(fragment);
        return PipelineData.of(Value.of(sb.toString()));
    }

    /** The port as text: an unsigned int, or a string holding one. */
    private static String port(Value v, Call call, Span src) {
        Span at = src == null ? call.head() : src;
        return switch (v) {
            case null -> null;
            case Value.Int i when i.value() >= 0 -> Long.toString(i.value());
            case Value.Str s when s.value().isEmpty() -> null;
            case Value.Str s -> {
                if (!s.value().matches("\\d+")) throw incompatible(at, "Port parameter should represent an unsigned int");
                yield s.value();
            }
            default -> {
                if (v == Value.NOTHING) yield null;
                throw incompatible(at, "Port parameter should be an unsigned int or a string representing it");
            }
        };
    }

    private static ShellException incompatible(Span at, String label) {
        return ShellException.of("nu::shell::incompatible_parameters", "Incompatible parameters.", at, label);
    }

    private static String text(Record r, String key) {
        Value v = r.get(key);
        return switch (v) {
            case null -> null;
            case Value.Str s -> s.value();
            case Value.Int i -> Long.toString(i.value());
            default -> v == Value.NOTHING ? null : dev.nuebpf.format.ValueDisplay.toText(v);
        };
    }

    private static ShellException missing(String name, Call call, Span src) {
        return ShellException.of("nu::shell::missing_parameter", "Missing parameter: " + name + ".", src == null ? call.head() : src,
                "missing parameter: " + name);
    }
}
