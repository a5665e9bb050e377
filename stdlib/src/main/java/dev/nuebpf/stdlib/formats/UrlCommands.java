package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The {@code url} text commands: encode, decode, build-query, split-query, parse. */
public final class UrlCommands {
    private UrlCommands() {}

    static List<Command> all() {
        return List.of(new Encode(), new Decode(), new BuildQuery(), new SplitQuery(), new Parse());
    }

    private static PipelineData mapStrings(Call call, PipelineData input, Function<Value, Value> f) {
        Value v = input.collect();
        if (v instanceof Value.ListV l) {
            List<Value> out = new ArrayList<>();
            for (Value x : l.items()) out.add(f.apply(x));
            return PipelineData.of(new Value.ListV(out));
        }
        return PipelineData.of(f.apply(v));
    }

    private static byte[] bytesOf(Call call, Value v) {
        if (v instanceof Value.Str s) return s.value().getBytes(StandardCharsets.UTF_8);
        if (v instanceof Value.Binary b) return b.bytes();
        throw Errors.unsupportedInput(call.commandName(), "string", v, call.head(), call.head());
    }

    /** Percent-encodes every byte outside {@code keep} (plus ASCII letters and digits). */
    static String encode(byte[] bytes, String keep) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c < 128 && keep.indexOf(c) >= 0)) sb.append((char) c);
            else sb.append('%').append(String.format("%02X", c));
        }
        return sb.toString();
    }

    /** application/x-www-form-urlencoded: space as '+', only {@code *-._} kept. */
    static String formEncode(String s) {
        return encode(s.getBytes(StandardCharsets.UTF_8), "*-._ ").replace(' ', '+');
    }

    static byte[] percentDecode(String s, boolean plusIsSpace) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+' && plusIsSpace) out.write(' ');
            else if (c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0) {
                out.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static final class Encode implements Command {
        @Override public Signature signature() {
            return Signature.build("url encode", Category.STRINGS)
                    .description("Converts a string to a percent encoded web safe string.")
                    .switchFlag("all", "encode all non-alphanumeric chars including `/`, `.`, `:`", 'a')
                    .io("string", "string").io("list<string>", "list<string>").io("binary", "string");
        }

        @Override public List<Example> examples() {
            return List.of(Example.of("Encode a url with escape characters", "'https://example.com/foo bar' | url encode",
                            Value.of("https://example.com/foo%20bar")),
                    Example.of("Encode all non alphanumeric chars with all flag", "'https://example.com/foo bar' | url encode --all",
                            Value.of("https%3A%2F%2Fexample%2Ecom%2Ffoo%20bar")));
        }

        @Override public PipelineData run(Call call, PipelineData input) {
            boolean all = call.has("all");
            return mapStrings(call, input, v -> Value.of(encode(bytesOf(call, v), all ? "" : "-._~/:?#[]@!$&'()*+,;=")));
        }
    }

    static final class Decode implements Command {
        @Override public Signature signature() {
            return Signature.build("url decode", Category.STRINGS)
                    .description("Converts a percent-encoded web safe string to a string.")
                    .switchFlag("binary", "Output as binary (do not decode as UTF-8)", 'b')
                    .io("string", "string").io("list<string>", "list<string>");
        }

        @Override public List<Example> examples() {
            return List.of(Example.of("Decode a url with escape characters", "'https://example.com/foo%20bar' | url decode",
                    Value.of("https://example.com/foo bar")));
        }

        @Override public PipelineData run(Call call, PipelineData input) {
            boolean binary = call.has("binary");
            return mapStrings(call, input, v -> {
                byte[] raw = percentDecode(Errors.expectString(v, call.head()), false);
                if (binary) return new Value.Binary(raw);
                try {
                    return Value.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(raw)).toString());
                } catch (CharacterCodingException e) {
                    throw ShellException.of("nu::shell::incorrect_value", "Incorrect value.", call.head(),
                            "the decoded bytes are not valid UTF-8", "use --binary to get the raw bytes");
                }
            });
        }
    }

    static final class BuildQuery implements Command {
        @Override public Signature signature() {
            return Signature.build("url build-query", Category.STRINGS)
                    .description("Converts record or table into query string applying percent-encoding.")
                    .io("record", "string").io("table<key: any, value: any>", "string");
        }

        @Override public List<Example> examples() {
            return List.of(Example.of("Outputs a query string representing the contents of this record",
                    "{ mode:normal userid:31415 } | url build-query", Value.of("mode=normal&userid=31415")));
        }

        @Override public PipelineData run(Call call, PipelineData input) {
            Value v = input.collect();
            List<String> parts = new ArrayList<>();
            if (v instanceof Record r) {
                for (int i = 0; i < r.size(); i++) add(parts, r.keys().get(i), r.values().get(i));
            } else if (v instanceof Value.ListV l) {
                for (Value row : l.items()) {
                    if (!(row instanceof Record r) || r.get("key") == null || r.get("value") == null) {
                        throw Errors.unsupportedInput("url build-query", "record or table with key and value columns", row, call.head(), call.head());
                    }
                    add(parts, ValueDisplay.toText(r.get("key")), r.get("value"));
                }
            } else throw Errors.unsupportedInput("url build-query", "record or table", v, call.head(), call.head());
            return PipelineData.of(Value.of(String.join("&", parts)));
        }

        private static void add(List<String> parts, String key, Value v) {
            if (v instanceof Value.ListV l) for (Value x : l.items()) add(parts, key, x);
            else parts.add(formEncode(key) + "=" + formEncode(v instanceof Value.Str s ? s.value() : ValueDisplay.toText(v)));
        }
    }

    static final class SplitQuery implements Command {
        @Override public Signature signature() {
            return Signature.build("url split-query", Category.STRINGS)
                    .description("Converts query string into table applying percent-decoding.")
                    .io("string", "table<key: string, value: string>");
        }

        @Override public List<Example> examples() {
            return List.of(Example.of("Outputs a table representing the contents of this query string", "\"mode=normal&userid=31415\" | url split-query",
                    new Value.ListV(List.of(Record.of("key", Value.of("mode"), "value", Value.of("normal")),
                            Record.of("key", Value.of("userid"), "value", Value.of("31415"))))));
        }

        @Override public PipelineData run(Call call, PipelineData input) {
            return PipelineData.of(split(Inputs.text(call, input, "url split-query")));
        }

        static Value split(String q) {
            List<Value> rows = new ArrayList<>();
            for (String pair : q.split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq), val = eq < 0 ? "" : pair.substring(eq + 1);
                rows.add(Record.of("key", Value.of(new String(percentDecode(k, true), StandardCharsets.UTF_8)),
                        "value", Value.of(new String(percentDecode(val, true), StandardCharsets.UTF_8))));
            }
            return new Value.ListV(rows);
        }
    }

    static final class Parse implements Command {
        @Override public Signature signature() {
            return Signature.build("url parse", Category.STRINGS)
                    .description("Parses a url.")
                    .named("base", SyntaxShape.STRING, "base URL to resolve a relative input against", 'b')
                    .io("string", "record");
        }

        @Override public List<Example> examples() {
            return List.of(Example.parseOnly("Parses a url", "'http://user123:pass567@www.example.com:8081/foo/bar?param1=section&p2=&f[name]=vldc#hello' | url parse"));
        }

        @Override public PipelineData run(Call call, PipelineData input) {
            String text = Inputs.text(call, input, "url parse");
            String base = call.stringFlag("base");
            try {
                java.net.URI u = base == null ? new java.net.URI(text) : new java.net.URI(base).resolve(text);
                if (u.getScheme() == null) throw new java.net.URISyntaxException(text, "relative URL without a base");
                String info = u.getRawUserInfo() == null ? "" : u.getRawUserInfo();
                int colon = info.indexOf(':');
                String query = u.getRawQuery() == null ? "" : u.getRawQuery();
                return PipelineData.of(Record.builder()
                        .put("scheme", Value.of(u.getScheme()))
                        .put("username", Value.of(colon < 0 ? info : info.substring(0, colon)))
                        .put("password", Value.of(colon < 0 ? "" : info.substring(colon + 1)))
                        .put("host", Value.of(u.getHost() == null ? "" : u.getHost()))
                        .put("port", Value.of(u.getPort() < 0 ? "" : Integer.toString(u.getPort())))
                        .put("path", Value.of(u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath()))
                        .put("query", Value.of(query))
                        .put("fragment", Value.of(u.getRawFragment() == null ? "" : u.getRawFragment()))
                        .put("params", SplitQuery.split(query)).build());
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                throw ShellException.of("nu::shell::unsupported_input", "Unsupported input", call.head(), "Incomplete or incorrect URL. Expected a full URL, e.g., https://www.example.com");
            }
        }
    }
}
