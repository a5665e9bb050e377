package dev.nuebpf.stdlib.markup;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.List;

/** {@code from msgpack}: MessagePack bytes as a nu value, or with --objects every object in the input. */
public final class FromMsgpackCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("from msgpack", Category.FORMATS)
                .description("Convert MessagePack data into Nu values.")
                .extraDescription("Not all values are representable as MessagePack.\n\nThe datetime extension type is read as dates. "
                        + "MessagePack binary values are\nread to their Nu equivalent. Most other types are read in an analogous way to\n"
                        + "`from json`, and may not convert to the exact same type if `to msgpack` was\nused originally to create the data.\n\n"
                        + "MessagePack: https://msgpack.org/")
                .switchFlag("objects", "Read multiple objects from input.", null)
                .io("binary", "any");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Read a list of values from MessagePack", "0x[93A3666F6F2AC2] | from msgpack", list(s("foo"), i(42), b(false))),
                Example.of("Read a stream of multiple values from MessagePack",
                        "0x[81A76E757368656C6CA5726F636B73A9736572696F75736C79] | from msgpack --objects",
                        list(rec("nushell", s("rocks")), s("seriously"))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value v = input.collect();
        if (!(v instanceof Value.Binary bin)) throw Errors.unsupportedInput(call.commandName(), "binary", v, call.head(), call.inputSpan());
        MsgpackReader r = new MsgpackReader(bin.bytes());
        try {
            if (call.has("objects")) {
                List<Value> items = new ArrayList<>();
                while (!r.atEnd()) items.add(r.read());
                return PipelineData.of(new Value.ListV(items));
            }
            return PipelineData.of(r.read());
        } catch (MsgpackReader.MsgpackError e) {
            throw Errors.generic(e.title, call.head(), e.getMessage());
        }
    }
}
