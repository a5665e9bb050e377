package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.stdlib.common.V;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code bytes replace}: replaces the first (or with {@code --all} every) occurrence of a pattern. */
public final class BytesReplaceCommand extends BytesMapCommand {
    @Override public Signature signature() {
        return Signature.build("bytes replace", Category.MISC)
                .description("Find and replace bytes in binary data.")
                .required("find", SyntaxShape.BINARY, "The pattern to find.")
                .required("replace", SyntaxShape.BINARY, "The replacement pattern.")
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, replace bytes in data at the given cell paths.")
                .switchFlag("all", "Replace all occurrences of find binary.", 'a')
                .io("binary", "binary").io("record", "record").io("table", "table")
                .searchTerms("search", "shift", "switch");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Find and replace contents", "0x[10 AA FF AA FF] | bytes replace 0x[10 AA] 0x[FF]", BytesAtCommand.bin(0xFF, 0xFF, 0xAA, 0xFF)),
                Example.of("Find and replace all occurrences of find binary", "0x[10 AA 10 BB 10] | bytes replace --all 0x[10] 0x[A0]",
                        BytesAtCommand.bin(0xA0, 0xAA, 0xA0, 0xBB, 0xA0)),
                Example.of("Find and replace all occurrences of find binary in table",
                        "[[ColA ColB ColC]; [0x[11 12 13] 0x[14 15 16] 0x[17 18 19]]] | bytes replace --all 0x[11] 0x[13] ColA ColC",
                        V.table(V.cols("ColA", "ColB", "ColC"),
                                V.row(BytesAtCommand.bin(0x13, 0x12, 0x13), BytesAtCommand.bin(0x14, 0x15, 0x16), BytesAtCommand.bin(0x17, 0x18, 0x19)))));
    }

    @Override protected void validate(Call call) {
        ByteSearch.pattern(call, 0, "the pattern to find");
        if (!(call.req(1) instanceof Value.Binary))
            throw ShellErrors.typeMismatch("expected binary, found " + call.req(1).typeName(), call.positionalSpan(1));
    }

    @Override protected Value apply(byte[] data, Call call) {
        byte[] pat = ByteSearch.pattern(call, 0, "the pattern to find");
        byte[] repl = ((Value.Binary) call.req(1)).bytes();
        List<Integer> hits = ByteSearch.forward(data, pat);
        if (!call.has("all") && hits.size() > 1) hits = hits.subList(0, 1);
        return new Value.Binary(ByteSearch.splice(data, hits, pat.length, repl));
    }
}
