package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code bytes starts-with} / {@code bytes ends-with}: prefix or suffix test on binary data. */
public final class BytesStartsWithCommand extends BytesMapCommand {
    private final boolean end;

    public BytesStartsWithCommand(boolean end) { this.end = end; }

    @Override public Signature signature() {
        String name = end ? "bytes ends-with" : "bytes starts-with";
        Signature s = io(name, end ? "Check if binary data ends with a pattern." : "Check if binary data starts with a pattern.");
        return s.searchTerms("pattern", "match", "find", "search");
    }

    private static Signature io(String name, String desc) {
        return Signature.build(name, dev.nuebpf.command.Category.MISC).description(desc)
                .required("pattern", SyntaxShape.BINARY, "The pattern to match.")
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, check the bytes at the given cell paths.")
                .io("binary", "bool").io("record", "record").io("table", "table");
    }

    @Override public List<Example> examples() {
        if (end) return List.of(
                Example.of("Checks if binary ends with 0x[AA]", "0x[1F FF AA AA] | bytes ends-with 0x[AA]", Value.of(true)),
                Example.of("Checks if binary ends with 0x[FF AA AA]", "0x[1F FF AA AA] | bytes ends-with 0x[FF AA AA]", Value.of(true)),
                Example.of("Checks if binary ends with 0x[11]", "0x[1F FF AA AA] | bytes ends-with 0x[11]", Value.of(false)));
        return List.of(
                Example.of("Checks if binary starts with 0x[1F FF AA]", "0x[1F FF AA AA] | bytes starts-with 0x[1F FF AA]", Value.of(true)),
                Example.of("Checks if binary starts with 0x[1F]", "0x[1F FF AA AA] | bytes starts-with 0x[1F]", Value.of(true)),
                Example.of("Checks if binary starts with 0x[11]", "0x[1F FF AA AA] | bytes starts-with 0x[11]", Value.of(false)));
    }

    @Override protected Value apply(byte[] data, Call call) {
        byte[] pat = patternArg(call);
        return Value.of(ByteSearch.matchAt(data, pat, end ? data.length - pat.length : 0));
    }

    static byte[] patternArg(Call call) {
        Value v = call.req(0);
        if (v instanceof Value.Binary b) return b.bytes();
        throw dev.nuebpf.stdlib.common.ShellErrors.typeMismatch("expected binary, found " + v.typeName(), call.positionalSpan(0));
    }
}
