package dev.nuebpf.stdlib.math;

import static dev.nuebpf.stdlib.math.MathExamples.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** {@code math abs}: absolute value of numbers, durations and filesizes. */
public final class MathAbsCommand extends MathElementwise {
    @Override public Signature signature() {
        return sig("math abs", "Take the absolute value of numbers.", true)
                .io("number", "number").io("duration", "duration").io("filesize", "filesize")
                .io("list<number>", "list<number>").io("list<duration>", "list<duration>").io("list<filesize>", "list<filesize>")
                .io("range", "list<number>").io("record", "record")
                .searchTerms("absolute", "modulus", "positive", "distance");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Absolute value of each number", "[-50 -100.0 25] | math abs", list(50, 100.0, 25)),
                Example.of("Each list of a record", "{alice: [-1 -2 -3], bob: [-4 -5]} | math abs",
                        rec("alice", list(1, 2, 3), "bob", list(4, 5))),
                Example.of("Only one column", "{alice: [-1 -2 -3], bob: [-4 -5]} | math abs alice",
                        rec("alice", list(1, 2, 3), "bob", list(-4, -5))));
    }

    @Override protected Value apply(Value v, Call call) {
        try {
            return switch (v) {
                case Value.Int i -> Value.of(Math.absExact(i.value()));
                case Value.Float f -> Value.of(Math.abs(f.value()));
                case Value.Duration d -> new Value.Duration(Math.absExact(d.nanos()));
                case Value.Filesize f -> new Value.Filesize(Math.absExact(f.bytes()));
                default -> throw MathErrors.wrongType(call, "numeric", v);
            };
        } catch (ArithmeticException e) {
            throw MathErrors.overflow(call);
        }
    }
}
