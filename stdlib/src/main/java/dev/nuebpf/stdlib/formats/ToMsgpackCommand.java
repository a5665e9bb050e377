package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** {@code to msgpack}: MessagePack bytes (see {@link MsgPack}). */
public final class ToMsgpackCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("to msgpack", Category.FORMATS)
                .description("Convert Nu values into MessagePack.")
                .switchFlag("serialize", "Serialize nushell types that cannot be deserialized.", 's')
                .io("any", "binary");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Convert a list of values to MessagePack", "[foo, 42, false] | to msgpack",
                        new Value.Binary(new byte[] {(byte) 0x93, (byte) 0xA3, 0x66, 0x6F, 0x6F, 0x2A, (byte) 0xC2})),
                Example.of("Convert a range to a MessagePack array", "1..10 | to msgpack",
                        new Value.Binary(new byte[] {(byte) 0x9A, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PipelineData.of(new Value.Binary(MsgPack.write(input.collect(), call.has("serialize"), call.head())));
    }
}
