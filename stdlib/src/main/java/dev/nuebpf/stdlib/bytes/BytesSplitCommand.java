package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.stdlib.common.V;
import dev.nuebpf.syntax.SyntaxShape;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code bytes split}: the pieces of a binary between occurrences of a separator (binary or string). */
public final class BytesSplitCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("bytes split", Category.MISC)
                .description("Split input into multiple items using a separator.")
                .required("separator", SyntaxShape.ANY, "Bytes or string that the input will be split on (must be non-empty).")
                .io("binary", "list<binary>")
                .searchTerms("separate", "stream");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Split a binary value using a binary separator", "0x[66 6F 6F 20 62 61 72 20 62 61 7A 20] | bytes split 0x[20]",
                        V.list(BytesAtCommand.bin(0x66, 0x6F, 0x6F), BytesAtCommand.bin(0x62, 0x61, 0x72), BytesAtCommand.bin(0x62, 0x61, 0x7A), BytesAtCommand.bin())),
                Example.of("Split a binary value using a string separator", "0x[61 2D 2D 62 2D 2D 63] | bytes split \"--\"",
                        V.list(BytesAtCommand.bin(0x61), BytesAtCommand.bin(0x62), BytesAtCommand.bin(0x63))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        byte[] sep = switch (call.req(0)) {
            case Value.Binary b -> b.bytes();
            case Value.Str s -> s.value().getBytes(StandardCharsets.UTF_8);
            default -> throw ShellErrors.typeMismatch("expected binary or string, found " + call.req(0).typeName(), call.positionalSpan(0));
        };
        if (sep.length == 0)
            throw new ShellException(Diagnostic.builder("nu::shell::incorrect_value", "Incorrect value.")
                    .label(call.positionalSpan(0), "Separator can't be empty").label(call.head(), "encountered here").build());
        Value v = input.collect();
        if (!(v instanceof Value.Binary b)) throw ShellErrors.unsupportedInput("binary", v, call.head(), null);
        byte[] data = b.bytes();
        List<Value> out = new ArrayList<>();
        int pos = 0;
        for (int hit : ByteSearch.forward(data, sep)) {
            out.add(new Value.Binary(Arrays.copyOfRange(data, pos, hit)));
            pos = hit + sep.length;
        }
        out.add(new Value.Binary(Arrays.copyOfRange(data, pos, data.length)));
        return PipelineData.of(new Value.ListV(out));
    }
}
