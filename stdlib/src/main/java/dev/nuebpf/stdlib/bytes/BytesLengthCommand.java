package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.V;
import java.util.List;

/** {@code bytes length}: the number of bytes in a binary. */
public final class BytesLengthCommand extends BytesMapCommand {
    @Override public Signature signature() {
        return sig("bytes length", "Output the length of any bytes in the pipeline.", "int").searchTerms("size", "count");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Return the length of a binary", "0x[1F FF AA AB] | bytes length", V.i(4)),
                Example.of("Return the lengths of multiple binaries", "[0x[1F FF AA AB] 0x[1F]] | bytes length", V.ints(4, 1)));
    }

    @Override protected Value apply(byte[] data, Call call) { return V.i(data.length); }
}
