package dev.nuebpf.stdlib.math;

import dev.nuebpf.command.Call;
import dev.nuebpf.runtime.Value;

/** Addition, multiplication and scaling over ints, floats, durations and filesizes, with nu's result types. */
final class Arith {
    private Arith() {}

    static boolean isNumber(Value v) { return v instanceof Value.Int || v instanceof Value.Float; }

    /** Numbers, durations (nanoseconds) and filesizes (bytes) as a double. */
    static double toDouble(Value v) {
        return switch (v) {
            case Value.Int i -> i.value();
            case Value.Float f -> f.value();
            case Value.Duration d -> d.nanos();
            case Value.Filesize f -> f.bytes();
            default -> throw new IllegalArgumentException(v.typeName());
        };
    }

    static Value add(Value a, Value b, Call call) {
        try {
            if (a instanceof Value.Int x && b instanceof Value.Int y) return Value.of(Math.addExact(x.value(), y.value()));
            if (isNumber(a) && isNumber(b)) return Value.of(toDouble(a) + toDouble(b));
            if (a instanceof Value.Duration x && b instanceof Value.Duration y) return new Value.Duration(Math.addExact(x.nanos(), y.nanos()));
            if (a instanceof Value.Filesize x && b instanceof Value.Filesize y) return new Value.Filesize(Math.addExact(x.bytes(), y.bytes()));
        } catch (ArithmeticException e) {
            throw MathErrors.overflow(call);
        }
        throw new IllegalArgumentException(a.typeName() + " + " + b.typeName());
    }

    static Value mul(Value a, Value b, Call call) {
        try {
            if (a instanceof Value.Int x && b instanceof Value.Int y) return Value.of(Math.multiplyExact(x.value(), y.value()));
        } catch (ArithmeticException e) {
            throw MathErrors.overflow(call);
        }
        return Value.of(toDouble(a) * toDouble(b));
    }

    /** A double converted back to the unit of {@code like}: duration and filesize truncate, numbers become floats. */
    static Value sameUnit(double d, Value like) {
        if (like instanceof Value.Duration) return new Value.Duration((long) d);
        if (like instanceof Value.Filesize) return new Value.Filesize((long) d);
        return Value.of(d);
    }
}
