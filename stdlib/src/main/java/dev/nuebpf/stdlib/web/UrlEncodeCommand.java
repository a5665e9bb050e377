package dev.nuebpf.stdlib.web;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.stdlib.common.V;
import dev.nuebpf.stdlib.strings.Operate;
import dev.nuebpf.syntax.SyntaxShape;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code url encode}: percent-encodes text (its UTF-8 bytes) or binary. By default letters, digits and
 * {@code . / :} stay readable, so whole URLs survive; {@code --all} keeps only letters and digits.
 */
public final class UrlEncodeCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("url encode", Category.STRINGS)
                .description("Converts a string to a percent encoded web safe string.")
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, check strings at the given cell paths, and replace with result.")
                .switchFlag("all", "Encode all non-alphanumeric chars including `/`, `.`, `:`.", 'a')
                .io("string", "string").io("binary", "string").io("list<oneof<string, binary>>", "list<string>")
                .io("table", "table").io("record", "record")
                .searchTerms("string", "text", "convert");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Encode a url with escape characters", "'https://example.com/foo bar' | url encode", Value.of("https://example.com/foo%20bar")),
                Example.of("Encode multiple urls with escape characters in list",
                        "['https://example.com/foo bar' 'https://example.com/a>b' '中文字/eng/12 34'] | url encode",
                        V.strs("https://example.com/foo%20bar", "https://example.com/a%3Eb", "%E4%B8%AD%E6%96%87%E5%AD%97/eng/12%2034")),
                Example.of("Encode all non alphanumeric chars with all flag", "'https://example.com/foo bar' | url encode --all",
                        Value.of("https%3A%2F%2Fexample%2Ecom%2Ffoo%20bar")),
                Example.of("Encode binary data", "0x[A3 20 72] | url encode", Value.of("%A3%20r")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String keep = call.has("all") ? "" : "./:";
        return Operate.map(input, call, v -> switch (v) {
            case Value.Str s -> Value.of(Percent.encode(s.value().getBytes(StandardCharsets.UTF_8), keep));
            case Value.Binary b -> Value.of(Percent.encode(b.bytes(), keep));
            default -> throw ShellErrors.unsupportedInput("string or binary", v, call.head(), null);
        });
    }
}
