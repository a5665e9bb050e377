package dev.nuebpf.stdlib.web;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.V;
import dev.nuebpf.stdlib.strings.Operate;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code url decode}: undoes percent-encoding; {@code --binary} keeps the bytes for text that is not UTF-8. */
public final class UrlDecodeCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("url decode", Category.STRINGS)
                .description("Converts a percent-encoded web safe string to a string.")
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, url decode strings at the given cell paths.")
                .switchFlag("binary", "Return a binary value, to allow decoding non UTF-8 text.", 'b')
                .io("string", "string").io("list<string>", "list<string>").io("table", "table").io("record", "record")
                .searchTerms("string", "text", "convert");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Decode a url with escape characters", "'https://example.com/foo%20bar' | url decode", Value.of("https://example.com/foo bar")),
                Example.of("Decode multiple urls with escape characters in list",
                        "['https://example.com/foo%20bar' 'https://example.com/a%3Eb' '%E4%B8%AD%E6%96%87%E5%AD%97/eng/12%2034'] | url decode",
                        V.strs("https://example.com/foo bar", "https://example.com/a>b", "中文字/eng/12 34")),
                Example.of("Decode text that is not UTF-8", "'%A3%20rates' | url decode --binary", new Value.Binary(new byte[] {(byte) 0xA3, ' ', 'r', 'a', 't', 'e', 's'})));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean binary = call.has("binary");
        return Operate.map(input, call, v -> {
            byte[] data = Percent.decode(Operate.str(call, v), false);
            if (binary) return new Value.Binary(data);
            String text = Percent.utf8(data);
            if (text == null)
                throw new ShellException(Diagnostic.builder("nu::parser::non_utf8_custom", "Non-UTF8 string")
                        .label(call.head(), "Input is not UTF-8 encoded.\nTry using the `--binary` flag together with `decode`.")
                        .help("see `decode` for handling character sets other than UTF-8").build());
            return Value.of(text);
        });
    }
}
