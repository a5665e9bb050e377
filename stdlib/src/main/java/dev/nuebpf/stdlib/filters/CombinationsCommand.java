package dev.nuebpf.stdlib.filters;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import dev.nuebpf.runtime.Values;
import dev.nuebpf.stdlib.common.CellPathOps;
import dev.nuebpf.stdlib.common.Closures;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.runtime.TypeNames;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
/** {@code combinations}: every k-element selection of the input, in lexicographic order of positions. */
public final class CombinationsCommand implements Command {
    private final Signature sig = Signature.build("combinations", Category.FILTERS)
            .description("Generates all combinations of size k from the input list.")
            .required("k", SyntaxShape.INT, "The size of each combination (k).")
            .io("list<any>", "list<list<any>>");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Pairs of three numbers", "[1 2 3] | combinations 2", list(ints(1, 2), ints(1, 3), ints(2, 3))),
                Example.of("Too large a size gives none", "[1 2] | combinations 3", list()));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        long k = call.intArg(0);
        if (k < 0) throw ShellErrors.needsPositive(call.positionalSpan(0));
        List<Value> items = Inputs.listRows(call, input, "list");
        int n = items.size();
        List<Value> out = new ArrayList<>();
        if (k > n) return Inputs.list(out);
        int[] idx = new int[(int) k];
        for (int j = 0; j < k; j++) idx[j] = j;
        while (true) {
            List<Value> combo = new ArrayList<>();
            for (int j : idx) combo.add(items.get(j));
            out.add(new Value.ListV(combo));
            int j = (int) k - 1;
            while (j >= 0 && idx[j] == n - k + j) j--;
            if (j < 0) break;
            idx[j]++;
            for (int m = j + 1; m < k; m++) idx[m] = idx[m - 1] + 1;
        }
        return Inputs.list(out);
    }
}
