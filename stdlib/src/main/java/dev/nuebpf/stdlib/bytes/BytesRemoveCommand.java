package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.V;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code bytes remove}: drops the first (or last, or every) occurrence of a pattern. */
public final class BytesRemoveCommand extends BytesMapCommand {
    @Override public Signature signature() {
        return Signature.build("bytes remove", Category.MISC)
                .description("Remove specified bytes from the input.")
                .required("pattern", SyntaxShape.BINARY, "The pattern to find.")
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, remove bytes from data at the given cell paths.")
                .switchFlag("end", "Remove from end of binary.", 'e')
                .switchFlag("all", "Remove occurrences of finding binary.", 'a')
                .io("binary", "binary").io("record", "record").io("table", "table")
                .searchTerms("search", "shift", "switch");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Remove contents", "0x[10 AA FF AA FF] | bytes remove 0x[10 AA]", BytesAtCommand.bin(0xFF, 0xAA, 0xFF)),
                Example.of("Remove all occurrences of find binary in record field", "{ data: 0x[10 AA 10 BB 10] } | bytes remove --all 0x[10] data",
                        V.rec("data", BytesAtCommand.bin(0xAA, 0xBB))),
                Example.of("Remove occurrences of find binary from end", "0x[10 AA 10 BB CC AA 10] | bytes remove --end 0x[10]",
                        BytesAtCommand.bin(0x10, 0xAA, 0x10, 0xBB, 0xCC, 0xAA)),
                Example.of("Remove find binary from end not found", "0x[10 AA 10 BB CC AA 10] | bytes remove --end 0x[11]",
                        BytesAtCommand.bin(0x10, 0xAA, 0x10, 0xBB, 0xCC, 0xAA, 0x10)),
                Example.of("Remove all occurrences of find binary in table",
                        "[[ColA ColB ColC]; [0x[11 12 13] 0x[14 15 16] 0x[17 18 19]]] | bytes remove 0x[11] ColA ColC",
                        V.table(V.cols("ColA", "ColB", "ColC"),
                                V.row(BytesAtCommand.bin(0x12, 0x13), BytesAtCommand.bin(0x14, 0x15, 0x16), BytesAtCommand.bin(0x17, 0x18, 0x19)))));
    }

    @Override protected void validate(Call call) { ByteSearch.pattern(call, 0, "the pattern to remove"); }

    @Override protected Value apply(byte[] data, Call call) {
        byte[] pat = ByteSearch.pattern(call, 0, "the pattern to remove");
        List<Integer> hits = call.has("end") ? ByteSearch.backward(data, pat) : ByteSearch.forward(data, pat);
        if (!call.has("all") && hits.size() > 1) hits = hits.subList(0, 1);
        return new Value.Binary(ByteSearch.splice(data, hits, pat.length, new byte[0]));
    }
}
