package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.io.ByteArrayOutputStream;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;

/**
 * {@code encode}: a string to binary in a text encoding. A character the encoding lacks is an error, or with
 * --ignore-errors is written as an HTML numeric character reference ({@code &#127880;}).
 */
public final class EncodeCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("encode", Category.STRINGS)
                .description("Encode a string into binary data using a text encoding.")
                .required("encoding", SyntaxShape.STRING, "The text encoding (utf-8, utf-16be, shift-jis, iso-8859-1 ...).")
                .switchFlag("ignore-errors", "Write unencodable characters as HTML character references.", 'i')
                .io("string", "binary")
                .searchTerms("text", "encoding", "decoding");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Encode as UTF-8", "'hi' | encode utf8", new Value.Binary(new byte[] {0x68, 0x69})),
                Example.of("Unencodable characters as references", "\"🎈\" | encode --ignore-errors shift-jis",
                        new Value.Binary("&#127880;".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Charset cs = Charsets.of(call.stringArg(0), call.positionalSpan(0));
        if (cs.name().startsWith("UTF-16")) {
            // like nu (encoding_rs), UTF-16 can be decoded but not encoded
            throw dev.nuebpf.command.Errors.generic(call.stringArg(0).toLowerCase(java.util.Locale.ROOT) + " encoding is not supported",
                    call.positionalSpan(0), "invalid encoding");
        }
        boolean ignore = call.has("ignore-errors");
        return Operate.mapEach(input, v -> new Value.Binary(encode(Operate.str(call, v), cs, ignore, call)));
    }

    private static byte[] encode(String s, Charset cs, boolean ignore, Call call) {
        CharsetEncoder enc = cs.newEncoder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (enc.canEncode(ch)) {
                try {
                    out.writeBytes(toBytes(enc, ch));
                } catch (java.nio.charset.CharacterCodingException e) {
                    throw fail(call);
                }
            } else if (ignore) {
                out.writeBytes(("&#" + cp + ";").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            } else {
                throw fail(call);
            }
            i += Character.charCount(cp);
        }
        return out.toByteArray();
    }

    private static byte[] toBytes(CharsetEncoder enc, String ch) throws java.nio.charset.CharacterCodingException {
        java.nio.ByteBuffer bb = enc.reset().encode(CharBuffer.wrap(ch));
        byte[] b = new byte[bb.remaining()];
        bb.get(b);
        return b;
    }

    private static ShellException fail(Call call) {
        return ShellException.of("nu::shell::incorrect_value", "Incorrect value.", call.head(),
                "the input contains characters the encoding cannot represent");
    }
}
