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
/** {@code permutations}: every ordering of the input, in the order of Heap's algorithm (as nu lists them). */
public final class PermutationsCommand implements Command {
    private final Signature sig = Signature.build("permutations", Category.FILTERS)
            .description("Generates all permutations of the input list.")
            .io("list<any>", "list<list<any>>");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("All orders of three numbers", "[1 2 3] | permutations",
                        list(ints(1, 2, 3), ints(2, 1, 3), ints(3, 1, 2), ints(1, 3, 2), ints(2, 3, 1), ints(3, 2, 1))),
                Example.of("An empty list has none", "[] | permutations", list()));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<Value> a = Inputs.listRows(call, input, "list");
        List<Value> out = new ArrayList<>();
        if (a.isEmpty()) return Inputs.list(out);
        int n = a.size();
        int[] c = new int[n];
        out.add(new Value.ListV(a));
        int i = 1;
        while (i < n) {
            if (call.engine().interrupted()) break;
            if (c[i] < i) {
                java.util.Collections.swap(a, i % 2 == 0 ? 0 : c[i], i);
                out.add(new Value.ListV(a));
                c[i]++;
                i = 1;
            } else {
                c[i] = 0;
                i++;
            }
        }
        return Inputs.list(out);
    }
}
