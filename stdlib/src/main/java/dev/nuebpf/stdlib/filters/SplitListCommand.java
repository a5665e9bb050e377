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
/** {@code split list}: cuts a list into sub-lists at the separator values (dropping them, or keeping them before/after). */
public final class SplitListCommand implements Command {
    private final Signature sig = Signature.build("split list", Category.FILTERS)
            .description("Split a list into multiple lists using a separator.")
            .required("separator", SyntaxShape.ANY, "The value that denotes what separates the list, or a closure that tells whether an item is a separator.")
            .switchFlag("regex", "Separator is a regular expression, matching values that can be coerced into a string.", 'r')
            .named("split", SyntaxShape.STRING, "Whether to split lists before, after, or on (default) the separator.", null)
            .io("list<any>", "list<list<any>>")
            .searchTerms("separate", "divide", "regex");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Split a list of strings", "[a b c d e f g] | split list d", list(strs("a", "b", "c"), strs("e", "f", "g"))),
                Example.of("Split a list of numbers", "[1 2 3 4 3 5] | split list 3", list(ints(1, 2), ints(4), ints(5))),
                Example.of("Keep the separator at the end of each part", "[a b c b d] | split list --split after b",
                        list(strs("a", "b"), strs("c", "b"), strs("d"))),
                Example.of("Keep the separator at the start of each part", "[a b c b d] | split list --split before b",
                        list(strs("a"), strs("b", "c"), strs("b", "d"))),
                Example.of("Split where a closure says so", "[1 2 3 4 5 6 7] | split list {|n| $n mod 3 == 0 }", list(ints(1, 2), ints(4, 5), ints(7))),
                Example.of("Split on values matching a regex", "[a1 b c2 d] | split list --regex '[0-9]'", list(list(), strs("b"), strs("d"))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value sep = call.req(0);
        String mode = call.stringFlag("split");
        if (mode == null) mode = "on";
        if (!List.of("on", "before", "after").contains(mode))
            throw ShellErrors.incorrectValue("expected one of 'on', 'before', 'after'", call.flagSpan("split"));
        java.util.function.Predicate<Value> isSep;
        if (call.has("regex")) {
            java.util.regex.Pattern p;
            try {
                p = java.util.regex.Pattern.compile(dev.nuebpf.command.Errors.expectString(sep, call.positionalSpan(0)));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw ShellErrors.incorrectValue("invalid regex: " + e.getDescription(), call.positionalSpan(0));
            }
            isSep = v -> (v instanceof Value.Str || ValueOps.isNumber(v)) && p.matcher(dev.nuebpf.format.ValueDisplay.toText(v)).find();
        } else if (sep instanceof Value.ClosureV c) isSep = v -> Closures.test(call, c, v);
        else isSep = v -> ValueOps.equal(v, sep);
        List<Value> out = new ArrayList<>();
        List<Value> cur = new ArrayList<>();
        boolean any = false;
        for (Value v : Inputs.listRows(call, input, "list")) {
            any = true;
            if (!isSep.test(v)) {
                cur.add(v);
                continue;
            }
            switch (mode) {
                case "after" -> {
                    cur.add(v);
                    out.add(new Value.ListV(cur));
                    cur = new ArrayList<>();
                }
                case "before" -> {
                    if (!cur.isEmpty()) out.add(new Value.ListV(cur));
                    cur = new ArrayList<>();
                    cur.add(v);
                }
                default -> {
                    out.add(new Value.ListV(cur));
                    cur = new ArrayList<>();
                }
            }
        }
        if (mode.equals("on") || (any && !cur.isEmpty())) out.add(new Value.ListV(cur));
        return Inputs.stream(call, out);
    }
}
