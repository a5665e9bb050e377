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

/** {@code to toml}: a record as TOML: plain keys first, then [tables] and [[arrays of tables]]. */
public final class ToTomlCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("to toml", Category.FORMATS)
                .description("Convert record into .toml text.")
                .switchFlag("serialize", "Serialize nushell types that cannot be deserialized.", 's')
                .io("record", "string");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Outputs an TOML string representing the contents of this record", "{foo: 1 bar: 'qwe'} | to toml",
                Value.of("foo = 1\nbar = \"qwe\"\n")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value v = input.collect();
        if (!(v instanceof Record r)) throw Errors.unsupportedInput("to toml", "record", v, call.head(), call.head());
        return PipelineData.of(Value.of(Toml.write(r)));
    }
}
