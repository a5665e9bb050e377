package dev.nuebpf.stdlib.math;

import static dev.nuebpf.stdlib.math.MathExamples.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** {@code math sqrt} and {@code math cbrt}: roots as floats (a square root of a negative number is an error). */
public final class MathSqrtCommand extends MathElementwise {
    private final boolean cube;

    public MathSqrtCommand(boolean cube) { this.cube = cube; }

    @Override public Signature signature() {
        return sig(cube ? "math cbrt" : "math sqrt", cube ? "Take the cube root of numbers." : "Take the square root of numbers.", true)
                .io("number", "float").io("list<number>", "list<float>").io("range", "list<number>").io("record", "record")
                .searchTerms(cube ? "cube" : "square", "root");
    }

    @Override public List<Example> examples() {
        if (cube) {
            return List.of(
                    Example.of("Cube roots", "[8 -27] | math cbrt", list(2.0, -3.0)),
                    Example.of("Only one column", "{alice: [8 27 64], bob: [125 216]} | math cbrt alice",
                            rec("alice", list(2.0, 3.0, 4.0), "bob", list(125, 216))));
        }
        return List.of(
                Example.of("Square roots", "[9 16] | math sqrt", list(3.0, 4.0)),
                Example.of("Each list of a record", "{alice: [1 4 9], bob: [16 25 36]} | math sqrt",
                        rec("alice", list(1.0, 2.0, 3.0), "bob", list(4.0, 5.0, 6.0))));
    }

    @Override protected Value apply(Value v, Call call) {
        double d = number(v, call);
        if (cube) return Value.of(Math.cbrt(d));
        if (d < 0) throw MathErrors.unsupported("Can't square root a negative number", call.head(), call.head());
        return Value.of(Math.sqrt(d));
    }
}
