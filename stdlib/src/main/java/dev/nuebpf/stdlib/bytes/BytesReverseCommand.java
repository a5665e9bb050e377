package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import java.util.HexFormat;
import java.util.List;

/** {@code bytes reverse}: the bytes in reverse order. */
public final class BytesReverseCommand extends BinMapCommand {
    @Override public Signature signature() {
        return withRest(sig("bytes reverse", "Reverse the order of bytes.", "binary", false)).searchTerms("inverse", "flip");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Reverse bytes", "0x[1F FF AA AA] | bytes reverse", binary(HexFormat.of().parseHex("aaaaff1f"))));
    }

    @Override protected Value apply(byte[] b, Call call) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = b[b.length - 1 - i];
        return binary(out);
    }
}
