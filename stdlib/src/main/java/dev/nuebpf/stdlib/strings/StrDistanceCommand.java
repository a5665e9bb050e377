package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code str distance}: Levenshtein edit distance (by code point) to a given string. */
public final class StrDistanceCommand extends StrMapCommand {
    @Override public Signature signature() {
        // unlike its siblings, nu declares no list<string> input for str distance
        return Signature.build("str distance", dev.nuebpf.command.Category.STRINGS)
                .description("Compute the edit distance between text and a string.")
                .rest("rest", dev.nuebpf.syntax.SyntaxShape.CELL_PATH, "For a data structure input, operate on strings at the given cell paths.")
                .io("string", "int").io("table", "table").io("record", "record")
                .required("compare-string", SyntaxShape.STRING, "The string to compare with.")
                .searchTerms("edit", "levenshtein");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Distance to a string", "'nushell' | str distance 'nutshell'", Value.of(1)),
                Example.of("Distances of record fields", "{a: 'nutshell' b: 'numetal'} | str distance 'nushell' a b",
                        Record.of("a", Value.of(1), "b", Value.of(4))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        int[] other = call.stringArg(0).codePoints().toArray();
        return Operate.map(input, call, v -> Value.of(levenshtein(Operate.str(call, v).codePoints().toArray(), other)));
    }

    static int levenshtein(int[] a, int[] b) {
        int[] prev = new int[b.length + 1], cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) prev[j] = j;
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }
}
