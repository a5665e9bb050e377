package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code bytes add}: inserts bytes at the front, at an index, or (with {@code --end}) counted from the back. */
public final class BytesAddCommand extends BytesMapCommand {
    @Override public Signature signature() {
        return Signature.build("bytes add", Category.MISC)
                .description("Add specified bytes to the binary input.")
                .required("data", SyntaxShape.BINARY, "The binary to add.")
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, add bytes to the data at the given cell paths.")
                .named("index", SyntaxShape.INT, "Index to insert binary data.", 'i')
                .switchFlag("end", "Add to the end of binary.", 'e')
                .io("binary", "binary").io("list<binary>", "list<binary>").io("table", "table").io("record", "record")
                .searchTerms("append", "truncate", "padding");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Add bytes `0x[AA]` to `0x[1F FF AA AA]`", "0x[1F FF AA AA] | bytes add 0x[AA]",
                        BytesAtCommand.bin(0xAA, 0x1F, 0xFF, 0xAA, 0xAA)),
                Example.of("Add bytes `0x[AA BB]` to `0x[1F FF AA AA]` at index 1", "0x[1F FF AA AA] | bytes add 0x[AA BB] --index 1",
                        BytesAtCommand.bin(0x1F, 0xAA, 0xBB, 0xFF, 0xAA, 0xAA)),
                Example.of("Add bytes `0x[11]` to `0x[FF AA AA]` at the end", "0x[FF AA AA] | bytes add 0x[11] --end",
                        BytesAtCommand.bin(0xFF, 0xAA, 0xAA, 0x11)),
                Example.of("Add bytes `0x[11 22 33]` to `0x[FF AA BB]` at the end, at index 1(the index is start from end)",
                        "0x[FF AA BB] | bytes add 0x[11 22 33] --end --index 1", BytesAtCommand.bin(0xFF, 0xAA, 0x11, 0x22, 0x33, 0xBB)));
    }

    @Override protected void validate(Call call) {
        if (!(call.req(0) instanceof Value.Binary))
            throw ShellErrors.typeMismatch("expected binary, found " + call.req(0).typeName(), call.positionalSpan(0));
        Long idx = call.intFlag("index");
        if (idx != null && idx < 0) throw ShellErrors.needsPositive(call.flagSpan("index"));
    }

    @Override protected Value apply(byte[] data, Call call) {
        byte[] add = ((Value.Binary) call.req(0)).bytes();
        Long idx = call.intFlag("index");
        int len = data.length;
        int back = (int) Math.min(idx == null ? 0 : idx, len);
        int at = call.has("end") ? len - back : back;
        byte[] out = new byte[len + add.length];
        System.arraycopy(data, 0, out, 0, at);
        System.arraycopy(add, 0, out, at, add.length);
        System.arraycopy(data, at, out, at + add.length, len - at);
        return new Value.Binary(out);
    }
}
