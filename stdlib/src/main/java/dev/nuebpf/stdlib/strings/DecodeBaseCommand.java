package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code decode base64|base32|base32hex|hex}: text back to binary; invalid text is an error. */
public final class DecodeBaseCommand implements Command {
    private final Codec codec;

    public DecodeBaseCommand(Codec codec) { this.codec = codec; }

    @Override public Signature signature() {
        Signature s = Signature.build("decode " + codec.id, Category.FORMATS)
                .description("Decode " + codec.id + " text into binary data.")
                .io("string", "binary");
        switch (codec) {
            case BASE64 -> s.switchFlag("url", "Use the URL-safe alphabet.", null).switchFlag("nopad", "Expect no = padding.", null);
            case BASE32, BASE32HEX -> s.switchFlag("nopad", "Expect no = padding.", null);
            case HEX -> { }
        }
        return s.searchTerms("decode", codec.id);
    }

    @Override public List<Example> examples() {
        return switch (codec) {
            case BASE64 -> List.of(
                    Example.of("Decode to text", "\"U29tZSBEYXRh\" | decode base64 | decode", Value.of("Some Data")),
                    Example.of("Decode the URL-safe alphabet", "\"_w==\" | decode base64 --url", new Value.Binary(new byte[] {(byte) 0xff})));
            case BASE32 -> List.of(
                    Example.of("Decode to binary", "\"AEBAGBAF\" | decode base32", new Value.Binary(new byte[] {1, 2, 3, 4, 5})),
                    Example.of("Without padding", "\"NBUQ\" | decode base32 --nopad", new Value.Binary("hi".getBytes(StandardCharsets.UTF_8))));
            case BASE32HEX -> List.of(
                    Example.of("Decode to binary", "\"ATNAQ===\" | decode base32hex", new Value.Binary(new byte[] {0x57, 0x6e, (byte) 0xad})));
            case HEX -> List.of(
                    Example.of("Decode hex", "\"09FD\" | decode hex", new Value.Binary(new byte[] {9, (byte) 0xfd})),
                    Example.of("Lowercase works too", "\"09fd\" | decode hex", new Value.Binary(new byte[] {9, (byte) 0xfd})));
        };
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return Operate.mapEach(input, v -> {
            String text = switch (v) {
                case Value.Str s -> s.value();
                case Value.Binary b -> new String(b.bytes(), StandardCharsets.UTF_8);
                default -> throw Operate.notString(call, v);
            };
            try {
                return new Value.Binary(codec.decode(text, call.has("url"), call.has("nopad")));
            } catch (IllegalArgumentException e) {
                throw ShellException.of("nu::shell::incorrect_value", "Incorrect value.", call.head(),
                        codec.id + " decoding failed: " + e.getMessage());
            }
        });
    }
}
