package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** {@code bytes length}: the number of bytes. */
public final class BytesLengthCommand extends BinMapCommand {
    @Override public Signature signature() {
        return withRest(sig("bytes length", "Count the bytes of binary data.", "int", true)).searchTerms("size", "count");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Length of a binary", "0x[1F FF AA AB] | bytes length", Value.of(4)),
                Example.of("Length of each binary", "[0x[1F FF AA AB] 0x[1F]] | bytes length",
                        new Value.ListV(List.of(Value.of(4), Value.of(1)))));
    }

    @Override protected Value apply(byte[] b, Call call) { return Value.of(b.length); }
}
