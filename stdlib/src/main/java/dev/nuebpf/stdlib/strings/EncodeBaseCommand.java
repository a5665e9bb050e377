package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code encode base64|base32|base32hex|hex}: binary (or a string's UTF-8 bytes) to text. */
public final class EncodeBaseCommand implements Command {
    private final Codec codec;

    public EncodeBaseCommand(Codec codec) { this.codec = codec; }

    @Override public Signature signature() {
        Signature s = Signature.build("encode " + codec.id, Category.FORMATS)
                .description("Encode binary data (or a string's UTF-8 bytes) as " + codec.id + " text.")
                .io("binary", "string").io("string", "string");
        switch (codec) {
            case BASE64 -> s.switchFlag("url", "Use the URL-safe alphabet.", null).switchFlag("nopad", "Leave out = padding.", null);
            case BASE32, BASE32HEX -> s.switchFlag("nopad", "Leave out = padding.", null);
            case HEX -> s.switchFlag("lower", "Use lowercase hex digits.", null);
        }
        return s.searchTerms("encode", codec.id);
    }

    @Override public List<Example> examples() {
        return switch (codec) {
            case BASE64 -> List.of(
                    Example.of("Encode a string", "\"Alphabet from A to Z\" | encode base64", Value.of("QWxwaGFiZXQgZnJvbSBBIHRvIFo=")),
                    Example.of("URL-safe alphabet", "0x[BE EE FF] | encode base64 --url", Value.of("vu7_")));
            case BASE32 -> List.of(
                    Example.of("Encode binary", "0x[01 02 10] | encode base32", Value.of("AEBBA===")),
                    Example.of("Without padding", "\"hi\" | encode base32 --nopad", Value.of("NBUQ")));
            case BASE32HEX -> List.of(
                    Example.of("Encode binary", "0x[57 6E AD] | encode base32hex", Value.of("ATNAQ===")),
                    Example.of("Without padding", "\"hello there\" | encode base32hex --nopad", Value.of("D1IMOR3F41Q6GPBICK")));
            case HEX -> List.of(
                    Example.of("Encode binary", "0x[C3 06] | encode hex", Value.of("C306")),
                    Example.of("Lowercase", "0x[AD EF] | encode hex --lower", Value.of("adef")));
        };
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return Operate.mapEach(input, v -> {
            byte[] data = switch (v) {
                case Value.Binary b -> b.bytes();
                case Value.Str s -> s.value().getBytes(StandardCharsets.UTF_8);
                default -> throw dev.nuebpf.stdlib.common.ShellErrors.unsupportedInput("binary or string", v, call.head(), null);
            };
            return Value.of(codec.encode(data, call.has("url"), call.has("nopad"), call.has("lower")));
        });
    }
}
