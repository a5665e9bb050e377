package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** {@code bytes reverse}: the bytes in reverse order. */
public final class BytesReverseCommand extends BytesMapCommand {
    @Override public Signature signature() {
        return sig("bytes reverse", "Reverse the bytes in the pipeline.", "binary").searchTerms("convert", "inverse", "flip");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Reverse bytes 0x[1F FF AA AA]", "0x[1F FF AA AA] | bytes reverse", new Value.Binary(new byte[] {(byte) 0xAA, (byte) 0xAA, (byte) 0xFF, 0x1F})),
                Example.of("Reverse bytes 0x[FF AA AA]", "0x[FF AA AA] | bytes reverse", new Value.Binary(new byte[] {(byte) 0xAA, (byte) 0xAA, (byte) 0xFF})));
    }

    @Override protected Value apply(byte[] data, Call call) {
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) out[i] = data[data.length - 1 - i];
        return new Value.Binary(out);
    }
}
