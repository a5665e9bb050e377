package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.List;

/** {@code bytes build}: binary data from binaries and byte values (0-255) given as arguments. */
public final class BytesBuildCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("bytes build", Category.STRINGS)
                .description("Build binary data from binaries and byte values.")
                .rest("rest", SyntaxShape.ANY, "Binaries or ints (0-255) to put together.")
                .io("nothing", "binary")
                .searchTerms("concatenate", "join");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("From binaries", "bytes build 0x[01 02] 0x[03] 0x[04]", new Value.Binary(HexFormat.of().parseHex("01020304"))),
                Example.of("From byte values", "bytes build 255 254 253 252", new Value.Binary(HexFormat.of().parseHex("fffefdfc"))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Value> rest = call.rest();
        for (int i = 0; i < rest.size(); i++) {
            Value v = rest.get(i);
            if (v instanceof Value.Binary b) out.writeBytes(b.bytes());
            else if (v instanceof Value.Int n && n.value() >= 0 && n.value() <= 255) out.write((int) n.value());
            else if (v instanceof Value.Int) throw Errors.incorrectValue("byte values must be between 0 and 255", call.restSpans().get(i));
            else throw Errors.typeMismatch("binary or int", v, call.restSpans().get(i));
        }
        return PipelineData.of(new Value.Binary(out.toByteArray()));
    }
}
