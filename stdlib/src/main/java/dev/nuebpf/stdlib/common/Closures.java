package dev.nuebpf.stdlib.common;

import dev.nuebpf.command.Call;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls closures the way Nushell's filters do: the row is both the first parameter and the input
 * ({@code $in}), so {@code {|x| $x + 1}} and {@code { $in + 1 }} behave alike. Arguments beyond what
 * the closure declares are dropped, because a closure without parameters must still accept the row.
 */
public final class Closures {
    private Closures() {}

    /** Runs {@code c} with {@code row} as its argument and input, and collects the result. */
    public static Value apply(Call call, Value.ClosureV c, Value row) {
        return call.engine().callRow(c, row, arity(c) != 0, call.head());
    }

    /** Runs {@code c} with the given arguments and input, and collects the result. */
    public static Value apply(Call call, Value.ClosureV c, List<Value> args, Value input) {
        return call.engine().callValue(c, fit(c, args), input == null ? PipelineData.EMPTY : PipelineData.of(input), call.head());
    }

    /** Runs {@code c} with the row as argument and input, keeping the output as a pipeline (it may stream). */
    public static PipelineData stream(Call call, Value.ClosureV c, Value row) {
        return call.engine().call(c, args(c, row), PipelineData.of(row), call.head());
    }

    /** Evaluates a predicate closure; like Nushell, a result that is not {@code true} counts as false. */
    public static boolean test(Call call, Value.ClosureV c, Value row) {
        Value v = apply(call, c, row);
        // `where $pred` arrives as a row condition whose value is the stored closure: call that one.
        if (v instanceof Value.ClosureV inner) v = apply(call, inner, row);
        return v instanceof Value.Bool b && b.value();
    }

    /** Evaluates a predicate closure with several arguments (the first is also the input). */
    public static boolean test(Call call, Value.ClosureV c, List<Value> args) {
        return apply(call, c, args, args.isEmpty() ? null : args.get(0)) instanceof Value.Bool b && b.value();
    }

    /** How many positional parameters the closure declares (-1 if unknown: then all arguments are passed). */
    public static int arity(Value.ClosureV c) {
        if (c.ast() == null) return -1;
        int n = 0;
        var params = c.ast().params();
        for (int i = 0; i < params.size(); i++) {  // indexed: this runs once per row
            var p = params.get(i);
            switch (p.kind()) {
                case REQUIRED, OPTIONAL -> n++;
                case REST -> { return Integer.MAX_VALUE; }
                default -> {}
            }
        }
        return n;
    }

    private static List<Value> args(Value.ClosureV c, Value row) {
        return arity(c) == 0 ? List.of() : List.of(row);
    }

    private static List<Value> fit(Value.ClosureV c, List<Value> args) {
        int n = arity(c);
        if (n < 0 || n >= args.size()) return args;
        return new ArrayList<>(args.subList(0, n));
    }
}
