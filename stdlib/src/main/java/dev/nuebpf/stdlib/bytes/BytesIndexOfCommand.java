package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.V;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/** {@code bytes index-of}: where a pattern starts (-1 if absent), or every match with {@code --all}. */
public final class BytesIndexOfCommand extends BytesMapCommand {
    @Override public Signature signature() {
        return Signature.build("bytes index-of", Category.MISC)
                .description("Returns start index of first occurrence of pattern in bytes, or -1 if no match.")
                .required("pattern", SyntaxShape.BINARY, "The pattern to find index of.")
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, find the indexes at the given cell paths.")
                .switchFlag("all", "Returns all matched indices.", 'a')
                .switchFlag("end", "Search from the end of the binary.", 'e')
                .io("binary", "any").io("record", "record").io("table", "table")
                .searchTerms("pattern", "match", "search", "find");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Returns index of pattern in bytes", " 0x[33 44 55 10 01 13 44 55] | bytes index-of 0x[44 55]", V.i(1)),
                Example.of("Returns index of pattern, search from end", " 0x[33 44 55 10 01 13 44 55] | bytes index-of --end 0x[44 55]", V.i(6)),
                Example.of("Returns all matched index", " 0x[33 44 55 10 01 33 44 33 44] | bytes index-of --all 0x[33 44]", V.ints(0, 5, 7)),
                Example.of("Returns all matched index, searching from end", " 0x[33 44 55 10 01 33 44 33 44] | bytes index-of --all --end 0x[33 44]", V.ints(7, 5, 0)),
                Example.of("Returns index of pattern for specific column",
                        " [[ColA ColB ColC]; [0x[11 12 13] 0x[14 15 16] 0x[17 18 19]]] | bytes index-of 0x[11] ColA ColC",
                        V.table(V.cols("ColA", "ColB", "ColC"), V.row(V.i(0), BytesAtCommand.bin(0x14, 0x15, 0x16), V.i(-1)))));
    }

    @Override protected void validate(Call call) { ByteSearch.pattern(call, 0, "the pattern to find"); }

    @Override protected Value apply(byte[] data, Call call) {
        byte[] pat = ByteSearch.pattern(call, 0, "the pattern to find");
        boolean end = call.has("end");
        List<Integer> hits = end ? ByteSearch.backward(data, pat) : ByteSearch.forward(data, pat);
        if (call.has("all")) {
            List<Value> out = new ArrayList<>(hits.size());
            for (int h : hits) out.add(V.i(h));
            return new Value.ListV(out);
        }
        return V.i(hits.isEmpty() ? -1 : hits.get(0));
    }
}
