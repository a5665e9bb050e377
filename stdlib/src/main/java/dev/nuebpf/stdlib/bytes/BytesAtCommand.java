package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.stdlib.strings.Operate;
import dev.nuebpf.stdlib.strings.Bounds;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** {@code bytes at}: the bytes in a range of positions (negative positions count from the end). */
public final class BytesAtCommand extends BinMapCommand {
    @Override public Signature signature() {
        return withRest(sig("bytes at", "Take the bytes in a range of positions.", "binary", true)
                .required("range", SyntaxShape.RANGE, "The range of positions.")).searchTerms("slice");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("A slice", "0x[33 44 55 10 01 13] | bytes at 3..5", binary(HexFormat.of().parseHex("100113"))),
                Example.of("Up to a negative position", "0x[33 44 55 10 01 13 10] | bytes at ..-4", binary(HexFormat.of().parseHex("33445510"))),
                Example.of("In a record field", "{ data: 0x[33 44 55 10 01 13 10] } | bytes at 3.. data",
                        Record.of("data", binary(HexFormat.of().parseHex("10011310")))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value range = call.req(0);
        return Operate.map(input, call, v -> {
            byte[] b = bin(call, v);
            Bounds bd = Bounds.of(range, b.length, call.positionalSpan(0));
            return binary(Arrays.copyOfRange(b, bd.from(), bd.to()));
        });
    }
}
