package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.stdlib.common.V;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.Arrays;
import java.util.List;

/** {@code bytes at}: the slice of a binary a range selects; negative ends count from the back. */
public final class BytesAtCommand extends BytesMapCommand {
    @Override public Signature signature() {
        return Signature.build("bytes at", Category.MISC)
                .description("Get bytes from the input defined by a range.")
                .required("range", SyntaxShape.RANGE, "The range to get bytes.")
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, get bytes from data at the given cell paths.")
                .io("binary", "binary").io("list<binary>", "list<binary>").io("table", "table").io("record", "record")
                .searchTerms("slice");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Extract bytes from the start up to a specific index", "0x[33 44 55 10 01 13 10] | bytes at ..4",
                        bin(0x33, 0x44, 0x55, 0x10, 0x01)),
                Example.of("Extract bytes with an exclusive end", "0x[33 44 55 10 01 13 10] | bytes at 3..<4", bin(0x10)),
                Example.of("Extract bytes counting from the end", "0x[33 44 55 10 01 13 10] | bytes at (-3)..", bin(0x01, 0x13, 0x10)),
                Example.of("Extract bytes in a record column", "{ data: 0x[33 44 55 10 01 13 10] } | bytes at 3.. data",
                        V.rec("data", bin(0x10, 0x01, 0x13, 0x10))));
    }

    static Value bin(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) b[i] = (byte) bytes[i];
        return new Value.Binary(b);
    }

    @Override protected void validate(Call call) {
        if (!(call.req(0) instanceof Value.RangeV)) throw ShellErrors.cantConvert("range", call.req(0).typeName(), call.positionalSpan(0));
    }

    @Override protected Value apply(byte[] data, Call call) {
        Value.RangeV r = (Value.RangeV) call.req(0);
        int len = data.length;
        long start = bound(r.start(), 0);
        long end;
        if (r.end() == null || r.end() == Value.NOTHING) {
            end = len;
        } else {
            end = bound(r.end(), len);
            if (end < 0) end += len;
            if (r.inclusive()) end += 1;
        }
        if (start < 0) start += len;
        start = Math.max(0, Math.min(start, len));
        end = Math.max(start, Math.min(end, len));
        return new Value.Binary(Arrays.copyOfRange(data, (int) start, (int) end));
    }

    private static long bound(Value v, long dflt) {
        if (v instanceof Value.Int i) return i.value();
        if (v instanceof Value.Float f) return (long) f.value();
        return dflt;
    }
}
