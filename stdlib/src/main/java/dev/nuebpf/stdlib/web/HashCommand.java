package dev.nuebpf.stdlib.web;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.stdlib.strings.Operate;
import dev.nuebpf.syntax.SyntaxShape;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** {@code hash md5} / {@code hash sha256}: digest of a string's UTF-8 bytes or of a binary, as hex or binary. */
public final class HashCommand implements Command {
    private final String algo;

    /** {@code algo} is Nushell's name: md5 or sha256. */
    public HashCommand(String algo) { this.algo = algo; }

    @Override public Signature signature() {
        String out = "oneof<string, binary>";
        return Signature.build("hash " + algo, Category.MISC)
                .description("Hash a value using the " + algo + " hash algorithm.")
                .rest("rest", SyntaxShape.CELL_PATH, "Optionally " + algo + " hash data by cell path.")
                .switchFlag("binary", "Output binary instead of hexadecimal representation.", 'b')
                .io("string", out).io("binary", out).io("list<string>", "list<" + out + ">").io("list<binary>", "list<" + out + ">")
                .io("table", "table").io("record", "record")
                .searchTerms("hash", algo);
    }

    @Override public List<Example> examples() {
        if (algo.equals("md5")) return List.of(
                Example.of("Return the md5 hash of a string, hex-encoded", "'abcdefghijklmnopqrstuvwxyz' | hash md5", Value.of("c3fcd3d76192e4007dfb496cca67e13b")),
                Example.of("Return the md5 hash of a string, as binary", "'abcdefghijklmnopqrstuvwxyz' | hash md5 --binary",
                        new Value.Binary(HexFormat.of().parseHex("c3fcd3d76192e4007dfb496cca67e13b"))));
        return List.of(
                Example.of("Return the sha256 hash of a string, hex-encoded", "'abcdefghijklmnopqrstuvwxyz' | hash sha256",
                        Value.of("71c480df93d6ae2f1efad1447c66c9525e316218cf51fc8d9ed832f2daf18b73")),
                Example.of("Return the sha256 hash of binary data", "0x[deadbeef] | hash sha256",
                        Value.of("5f78c33274e43fa9de5659265c1d917e25c03722dcb0b8d27db8d5feaa813953")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean binary = call.has("binary");
        if (input instanceof PipelineData.ByteStream) input = PipelineData.of(input.collect());
        return Operate.map(input, call, v -> {
            byte[] data = switch (v) {
                case Value.Str s -> s.value().getBytes(StandardCharsets.UTF_8);
                case Value.Binary b -> b.bytes();
                default -> throw ShellErrors.unsupportedInput("string and binary", v, call.head(), null);
            };
            byte[] digest = digest(data);
            return binary ? new Value.Binary(digest) : Value.of(HexFormat.of().formatHex(digest));
        });
    }

    private byte[] digest(byte[] data) {
        try {
            return MessageDigest.getInstance(algo.equals("md5") ? "MD5" : "SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides " + algo, e);
        }
    }
}
