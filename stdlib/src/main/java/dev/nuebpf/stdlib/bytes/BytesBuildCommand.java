package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.syntax.SyntaxShape;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** {@code bytes build}: one binary from binary and byte-valued int arguments. */
public final class BytesBuildCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("bytes build", Category.MISC)
                .description("Create a binary value from the provided arguments.")
                .rest("rest", SyntaxShape.ANY, "List of bytes.")
                .io("nothing", "binary")
                .searchTerms("concatenate", "join");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Builds binary data from 0x[01 02], 0x[03], 0x[04]", "bytes build 0x[01 02] 0x[03] 0x[04]", BytesAtCommand.bin(1, 2, 3, 4)),
                Example.of("Builds binary data from byte numbers", "bytes build 255 254 253 252", BytesAtCommand.bin(0xFF, 0xFE, 0xFD, 0xFC)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Value> rest = call.rest();
        List<Span> spans = call.restSpans();
        for (int i = 0; i < rest.size(); i++) {
            Span s = spans != null && i < spans.size() ? spans.get(i) : call.head();
            switch (rest.get(i)) {
                case Value.Binary b -> out.writeBytes(b.bytes());
                case Value.Int n -> {
                    if (n.value() < 0 || n.value() > 255)
                        throw new dev.nuebpf.command.ShellException(dev.nuebpf.diag.Diagnostic.builder("nu::shell::incorrect_value", "Incorrect value.")
                                .label(s, n.value() + " is out of range for byte").label(call.head(), "encountered here").build());
                    out.write((int) n.value());
                }
                default -> throw ShellErrors.typeMismatch("only binary data arguments are supported", s);
            }
        }
        return PipelineData.of(new Value.Binary(out.toByteArray()));
    }
}
