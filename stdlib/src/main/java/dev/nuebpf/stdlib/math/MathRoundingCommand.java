package dev.nuebpf.stdlib.math;

import static dev.nuebpf.stdlib.math.MathExamples.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import java.util.List;

/**
 * {@code math ceil} and {@code math floor}: floats become ints (saturating like nu); ints, durations and
 * filesizes are already whole and pass through.
 */
public final class MathRoundingCommand extends MathElementwise {
    private final boolean ceil;

    public MathRoundingCommand(boolean ceil) { this.ceil = ceil; }

    @Override public Signature signature() {
        return sig(ceil ? "math ceil" : "math floor",
                ceil ? "Round numbers up to the next whole number." : "Round numbers down to the previous whole number.", true)
                .io("number", "int").io("duration", "duration").io("filesize", "filesize")
                .io("list<number>", "list<int>").io("list<duration>", "list<duration>").io("list<filesize>", "list<filesize>")
                .io("range", "list<number>").io("record", "record")
                .searchTerms(ceil ? "ceiling" : "floor", "round " + (ceil ? "up" : "down"), "rounding", "integer");
    }

    @Override public List<Example> examples() {
        if (ceil) {
            return List.of(
                    Example.of("Round up", "[1.5 2.3 -3.1] | math ceil", list(2, 3, -3)),
                    Example.of("Only one column", "{alice: [1.2 2.7], bob: [4.1 5.9]} | math ceil alice",
                            rec("alice", list(2, 3), "bob", list(4.1, 5.9))));
        }
        return List.of(
                Example.of("Round down", "[1.5 2.3 -3.1] | math floor", list(1, 2, -4)),
                Example.of("Each list of a record", "{alice: [1.2 2.7], bob: [4.1 5.9]} | math floor",
                        rec("alice", list(1, 2), "bob", list(4, 5))));
    }

    @Override protected Value apply(Value v, Call call) {
        return switch (v) {
            case Value.Float f -> Value.of((long) (ceil ? Math.ceil(f.value()) : Math.floor(f.value())));
            case Value.Int i -> i;
            case Value.Duration d -> d;
            case Value.Filesize f -> f;
            default -> throw MathErrors.wrongType(call, "numeric", v);
        };
    }
}
