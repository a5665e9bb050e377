package dev.nuebpf.stdlib.math;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import java.util.List;

/**
 * The plain float functions ({@code math ln}, {@code math exp}, trigonometric and hyperbolic ones): each a
 * {@link MathFunction} with its domain; these take no column arguments in nu.
 */
public final class MathFunctionCommand extends MathElementwise {
    private final MathFunction fn;

    public MathFunctionCommand(MathFunction fn) { this.fn = fn; }

    @Override protected boolean takesColumns() { return false; }

    @Override public Signature signature() {
        Signature s = sig(fn.commandName(), fn.description, false)
                .io("number", "float").io("list<number>", "list<float>");
        if (fn.degrees != MathFunction.Degrees.NONE) {
            s.switchFlag("degrees", fn.degrees == MathFunction.Degrees.INPUT
                    ? "Take the input in degrees instead of radians." : "Return degrees instead of radians.", 'd');
        }
        return s.searchTerms(fn.searchTerm, "trigonometry");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of(fn.exampleDescription, fn.example, Value.of(fn.exampleResult)));
    }

    @Override protected Value apply(Value v, Call call) {
        double x = number(v, call);
        boolean deg = fn.degrees != MathFunction.Degrees.NONE && call.has("degrees");
        if (deg && fn.degrees == MathFunction.Degrees.INPUT) x = Math.toRadians(x);
        if (!fn.inDomain(x)) throw MathErrors.unsupported(fn.domainError, call.head(), call.head());
        double y = fn.apply(x);
        if (deg && fn.degrees == MathFunction.Degrees.OUTPUT) y = Math.toDegrees(y);
        return Value.of(y);
    }
}
