package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.syntax.SyntaxShape;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * {@code bytes collect}: joins a list of binaries, with an optional separator. The result is one binary value
 * (nu streams it; a byte stream here would be read back as text, so an endless input cannot be collected).
 */
public final class BytesCollectCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("bytes collect", Category.STRINGS)
                .description("Join a list of binaries into one.")
                .optional("separator", SyntaxShape.BINARY, "Bytes to put between the items.")
                .io("list<binary>", "binary").io("table", "binary")
                .searchTerms("join", "concatenate");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Join binaries", "[0x[11] 0x[13 15]] | bytes collect", new Value.Binary(HexFormat.of().parseHex("111315"))),
                Example.of("With a separator", "[0x[11] 0x[33] 0x[44]] | bytes collect 0x[01]", new Value.Binary(HexFormat.of().parseHex("1101330144"))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        byte[] sep = call.positional(0) == null ? new byte[0] : BinMapCommand.binArg(call, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Iterator<Value> it = input.iterator();
        boolean first = true;
        while (it.hasNext()) {
            if (call.engine() != null && call.engine().interrupted()) break;
            Value v = it.next();
            if (!(v instanceof Value.Binary b)) throw ShellErrors.unsupportedInput("binary", v, call.head(), null);
            if (!first) out.writeBytes(sep);
            first = false;
            out.writeBytes(b.bytes());
        }
        return PipelineData.of(new Value.Binary(out.toByteArray()));
    }
}
