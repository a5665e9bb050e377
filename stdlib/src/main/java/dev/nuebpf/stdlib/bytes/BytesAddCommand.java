package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.stdlib.strings.Operate;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.List;

/** {@code bytes add}: inserts bytes at the start, the end, or an index (counted from the end with --end). */
public final class BytesAddCommand extends BinMapCommand {
    @Override public Signature signature() {
        return withRest(sig("bytes add", "Insert bytes into binary data.", "binary", true)
                .required("data", SyntaxShape.BINARY, "The bytes to insert.")
                .named("index", SyntaxShape.INT, "Where to insert (from the end with --end).", 'i')
                .switchFlag("end", "Insert at the end (or count --index from the end).", 'e')).searchTerms("append", "truncate", "padding");
    }

    @Override public List<Example> examples() {
        HexFormat h = HexFormat.of();
        return List.of(
                Example.of("Insert at the start", "0x[1F FF AA AA] | bytes add 0x[AA]", binary(h.parseHex("aa1fffaaaa"))),
                Example.of("Insert at an index", "0x[1F FF AA AA] | bytes add 0x[AA BB] --index 1", binary(h.parseHex("1faabbffaaaa"))),
                Example.of("Append", "0x[FF AA AA] | bytes add 0x[11] --end", binary(h.parseHex("ffaaaa11"))),
                Example.of("Index from the end", "0x[FF AA BB] | bytes add 0x[11 22 33] --end --index 1", binary(h.parseHex("ffaa112233bb"))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        byte[] data = binArg(call, 0);
        Long index = call.intFlag("index");
        boolean end = call.has("end");
        return Operate.map(input, call, v -> {
            byte[] b = bin(call, v);
            int at = index == null ? (end ? b.length : 0) : (int) Math.min(index, b.length);
            if (end && index != null) at = b.length - at;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(b, 0, at);
            out.writeBytes(data);
            out.write(b, at, b.length - at);
            return binary(out.toByteArray());
        });
    }
}
