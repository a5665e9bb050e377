package dev.nuebpf.stdlib.markup;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import java.util.HexFormat;
import java.util.List;

/** {@code to msgpack}: nu values as MessagePack bytes. */
public final class ToMsgpackCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("to msgpack", Category.FORMATS)
                .description("Convert Nu values into MessagePack.")
                .extraDescription("Not all values are representable as MessagePack.\n\nThe datetime extension type is used for dates. "
                        + "Binaries are represented with\nthe native MessagePack binary type. Most other types are represented in an\n"
                        + "analogous way to `to json`, and may not convert to the exact same type when\ndeserialized with `from msgpack`.\n\n"
                        + "MessagePack: https://msgpack.org/")
                .switchFlag("serialize", "Serialize nushell types that cannot be deserialized.", 's')
                .io("any", "binary");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Convert a list of values to MessagePack", "[foo, 42, false] | to msgpack", bin("93A3666F6F2AC2")),
                Example.of("Convert a range to a MessagePack array", "1..10 | to msgpack", bin("9A0102030405060708090A")),
                Example.of("Convert a table to MessagePack",
                        "[[event_name time]; ['Apollo 11 Landing' 1969-07-24T16:50:35] ['Nushell first commit' 2019-05-10T09:59:12-07:00]] | to msgpack",
                        bin("9282AA6576656E745F6E616D65B141706F6C6C6F203131204C616E64696E67A474696D65C70CFF00000000FFFFFFFFFF2CAB5B"
                                + "82AA6576656E745F6E616D65B44E757368656C6C20666972737420636F6D6D6974A474696D65D6FF5CD5ADE0")));
    }

    static Value bin(String hex) { return new Value.Binary(HexFormat.of().parseHex(hex.toLowerCase())); }

    @Override public PipelineData run(Call call, PipelineData input) {
        MsgpackWriter w = new MsgpackWriter(call.has("serialize"), call.inputSpan() != null ? call.inputSpan() : call.head());
        w.write(input.collect());
        return PipelineData.of(new Value.Binary(w.bytes()));
    }
}
