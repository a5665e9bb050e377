package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code decode}: binary to a string in a text encoding (UTF-8 by default); bad bytes become U+FFFD. */
public final class DecodeCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("decode", Category.STRINGS)
                .description("Decode binary data into a string using a text encoding.")
                .optional("encoding", SyntaxShape.STRING, "The text encoding (default utf-8).")
                .io("binary", "string")
                .searchTerms("text", "encoding", "decoding");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Decode UTF-16BE", "0x[00 53 00 6F 00 6D 00 65 00 20 00 44 00 61 00 74 00 61] | decode utf-16be", Value.of("Some Data")),
                Example.of("UTF-8 by default", "0x[68 69] | decode", Value.of("hi")),
                Example.of("Bytes that are not UTF-8 are read as Latin-1", "0x[BE EE FF] | decode", Value.of("¾îÿ")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Charset cs = call.positional(0) == null ? null : Charsets.of(call.stringArg(0), call.positionalSpan(0));
        if (input instanceof PipelineData.ByteStream bs) input = PipelineData.of(new Value.Binary(readAll(bs)));
        return Operate.mapEach(input, v -> {
            if (!(v instanceof Value.Binary b)) {
                throw dev.nuebpf.stdlib.common.ShellErrors.unsupportedInput("binary", v, call.head(), null);
            }
            byte[] bytes = b.bytes();
            if (cs == null) return Value.of(guess(bytes));
            // a UTF-8 byte-order mark is dropped, as nu does
            if (cs == StandardCharsets.UTF_8 && bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
                return Value.of(new String(bytes, 3, bytes.length - 3, cs));
            }
            return Value.of(new String(bytes, cs));
        });
    }

    /** Without an encoding: UTF-8 when the bytes are valid UTF-8, else windows-1252 (as nu's detection gives). */
    private static String guess(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static byte[] readAll(PipelineData.ByteStream bs) {
        try {
            byte[] b = bs.bytes().readAllBytes();
            if (bs.exit() != null) bs.exit().run();
            return b;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
