package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.stdlib.strings.Operate;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** {@code bytes split}: binary data cut at every occurrence of a separator (binary, or a string's UTF-8 bytes). */
public final class BytesSplitCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("bytes split", Category.STRINGS)
                .description("Split binary data at a separator.")
                .required("separator", SyntaxShape.ANY, "The separator: binary, or a string (its UTF-8 bytes).")
                .io("binary", "list<binary>")
                .searchTerms("separate", "stream");
    }

    @Override public List<Example> examples() {
        HexFormat h = HexFormat.of();
        return List.of(
                Example.of("Split at spaces", "0x[66 6F 6F 20 62 61 72 20 62 61 7A 20] | bytes split 0x[20]",
                        new Value.ListV(List.of(new Value.Binary(h.parseHex("666f6f")), new Value.Binary(h.parseHex("626172")),
                                new Value.Binary(h.parseHex("62617a")), new Value.Binary(new byte[0])))),
                Example.of("A string separator", "0x[61 2D 2D 62 2D 2D 63] | bytes split \"--\"",
                        new Value.ListV(List.of(new Value.Binary(h.parseHex("61")), new Value.Binary(h.parseHex("62")), new Value.Binary(h.parseHex("63"))))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value s = call.req(0);
        byte[] sep = switch (s) {
            case Value.Binary b -> b.bytes();
            case Value.Str str -> str.value().getBytes(StandardCharsets.UTF_8);
            default -> throw Errors.typeMismatch("binary or string", s, call.positionalSpan(0));
        };
        if (sep.length == 0) throw Errors.incorrectValue("separator can't be empty", call.positionalSpan(0));
        return Operate.mapEach(input, v -> {
            byte[] b = BinMapCommand.bin(call, v);
            List<Value> out = new ArrayList<>();
            int last = 0;
            for (int at = BinMapCommand.indexOf(b, sep, 0); at >= 0; at = BinMapCommand.indexOf(b, sep, last)) {
                out.add(new Value.Binary(Arrays.copyOfRange(b, last, at)));
                last = at + sep.length;
            }
            out.add(new Value.Binary(Arrays.copyOfRange(b, last, b.length)));
            return new Value.ListV(out);
        });
    }
}
