package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** {@code from msgpack}: one MessagePack value, or with --objects every value in the input. */
public final class FromMsgpackCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("from msgpack", Category.FORMATS)
                .description("Convert MessagePack data into Nu values.")
                .switchFlag("objects", "Read multiple objects from input", null)
                .io("binary", "any");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Read a list of values from MessagePack", "0x[93A3666F6F2AC2] | from msgpack",
                        new Value.ListV(List.of(Value.of("foo"), Value.of(42L), Value.of(false)))),
                Example.of("Read a stream of multiple values from MessagePack",
                        "0x[81A76E757368656C6CA5726F636B73A9736572696F75736C79] | from msgpack --objects",
                        new Value.ListV(List.of(Record.of("nushell", Value.of("rocks")), Value.of("seriously")))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value v = input.collect();
        byte[] data;
        if (v instanceof Value.Binary b) data = b.bytes();
        else if (v instanceof Value.Str s) data = s.value().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        else throw Errors.unsupportedInput("from msgpack", "binary", v, call.head(), call.head());
        List<Value> values = MsgPack.read(data, call.head());
        if (call.has("objects")) return PipelineData.of(new Value.ListV(values));
        if (values.size() != 1) {
            throw Errors.incorrectValue(values.isEmpty() ? "no MessagePack value in the input" : "more than one value (use --objects)", call.head());
        }
        return PipelineData.of(values.get(0));
    }
}
