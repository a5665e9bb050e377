package dev.nuebpf.stdlib.core;

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
/**
 * {@code generate}: calls the closure with a state; each call returns {out?, next?}: "out" is emitted,
 * "next" becomes the next state, and the stream ends when "next" is missing or the result is null.
 * With input, the closure gets (item, state) for each input item. Lazy.
 */
public final class GenerateCommand implements Command {
    private final Signature sig = Signature.build("generate", Category.CORE)
            .description("Generate a list of values by successively invoking a closure.")
            .required("closure", SyntaxShape.CLOSURE, "Generator function.")
            .optional("initial", SyntaxShape.ANY, "Initial value.")
            .io("nothing", "list<any>").io("list<any>", "list<any>").io("table", "list<any>").io("range", "list<any>")
            .searchTerms("unfold", "stream", "yield", "expand", "state", "scan");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Count up while a condition holds", "generate {|i| if $i <= 3 { {out: $i, next: ($i + 1)} } } 0", ints(0, 1, 2, 3)),
                Example.of("Fibonacci numbers, cut short", "generate {|fib| {out: $fib.0, next: [$fib.1, ($fib.0 + $fib.1)]} } [0, 1] | first 6",
                        ints(0, 1, 1, 2, 3, 5)),
                Example.of("Running sums over the input", "[1 2 3] | generate {|e, sum = 0| let s = $e + $sum; {out: $s, next: $s} }", ints(1, 3, 6)),
                Example.of("A missing next ends the stream", "generate {|i| {out: $i} } 7", ints(7)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value.ClosureV c = call.closureArg(0);
        Value initial = call.positional(1);
        boolean withInput = !Inputs.isNothing(input);
        Iterator<Value> items = withInput ? input.iterator() : null;
        return PipelineData.stream(new Iterator<>() {
            Value state = initial;
            boolean done;
            Value next;
            public boolean hasNext() {
                while (next == null && !done) {
                    if (call.engine().interrupted()) return false;
                    Value r;
                    if (withInput) {
                        if (!items.hasNext()) {
                            done = true;
                            break;
                        }
                        Value item = items.next();
                        r = Closures.apply(call, c, state == null ? List.of(item) : List.of(item, state), item);
                    } else {
                        r = Closures.apply(call, c, state == null ? List.of() : List.of(state), state == null ? Value.NOTHING : state);
                    }
                    if (r == Value.NOTHING) {
                        done = true;
                        break;
                    }
                    if (!(r instanceof Record rec) || rec.keys().stream().anyMatch(k -> !k.equals("out") && !k.equals("next")))
                        throw ShellErrors.generic("Invalid block return", "Expected a record with keys 'out' and/or 'next', got " + TypeNames.of(r), call.positionalSpan(0));
                    if (rec.has("next")) state = rec.get("next");
                    else done = true;
                    if (rec.has("out")) next = rec.get("out");
                }
                return next != null;
            }
            public Value next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                Value v = next;
                next = null;
                return v;
            }
        }, call.head());
    }
}
