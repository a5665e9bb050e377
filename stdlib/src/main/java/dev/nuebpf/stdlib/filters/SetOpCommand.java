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
/** The list set operations difference, intersect and union: unique elements, in first-seen order. */
public final class SetOpCommand implements Command {
    private final String op;
    private final Signature sig;

    private SetOpCommand(String op, String description, String argDescription) {
        this.op = op;
        this.sig = Signature.build(op, Category.FILTERS).description(description)
                .required("other", SyntaxShape.LIST, argDescription)
                .io("list<any>", "list<any>").searchTerms("set", "distinct");
    }

    public static List<Command> all() {
        return List.of(
                new SetOpCommand("difference", "Returns a list of unique elements in the input that are not present in the other list.",
                        "The other list to subtract from the input."),
                new SetOpCommand("intersect", "Returns a list of unique elements present in both the input and the provided list.",
                        "The other list to intersect with."),
                new SetOpCommand("union", "Returns a list of unique elements from both the input and the provided list.",
                        "The other list to union with."));
    }

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return switch (op) {
            case "difference" -> List.of(Example.of("Elements only in the input", "[1 1 2 3 4] | difference [3 4 5]", ints(1, 2)),
                    Example.of("Records compare by value", "[{a: 1} {a: 2}] | difference [{a: 2}]", table(cols("a"), row(i(1)))));
            case "intersect" -> List.of(Example.of("Elements in both", "[1 2 3 4] | intersect [3 4 5 6]", ints(3, 4)),
                    Example.of("Nothing in common", "[1 2] | intersect [3]", list()));
            default -> List.of(Example.of("Elements of either", "[1 1 2 3] | union [2 3 4]", ints(1, 2, 3, 4)));
        };
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<Value> left = Inputs.listRows(call, input, "list");
        Value o = call.req(0);
        if (!(o instanceof Value.ListV other)) throw ShellErrors.typeMismatch("expected list, found " + TypeNames.of(o), call.positionalSpan(0));
        java.util.Set<Value> otherKeys = new java.util.HashSet<>();
        for (Value v : other.items()) otherKeys.add(Uniques.fold(v, false));
        java.util.Set<Value> seen = new java.util.HashSet<>();
        List<Value> out = new ArrayList<>();
        for (Value v : left) {
            Value k = Uniques.fold(v, false);
            boolean inOther = otherKeys.contains(k);
            if ((op.equals("difference") && inOther) || (op.equals("intersect") && !inOther)) continue;
            if (seen.add(k)) out.add(v);
        }
        if (op.equals("union")) for (Value v : other.items()) if (seen.add(Uniques.fold(v, false))) out.add(v);
        return Inputs.list(out);
    }
}
