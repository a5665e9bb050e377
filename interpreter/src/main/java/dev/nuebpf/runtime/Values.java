package dev.nuebpf.runtime;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Small helpers shared by commands and nodes. Equality/ordering/display live with their owners. */
public final class Values {
    private Values() {}

    /** Iterates a value the way a pipeline would: lists and ranges yield items; other values yield themselves. */
    public static Iterator<Value> iterate(Value v) {
        if (v instanceof Value.ListV l) return l.items().iterator();
        if (v instanceof Value.RangeV r) return rangeIterator(r);
        if (v == Value.NOTHING) return java.util.Collections.emptyIterator();
        return List.of(v).iterator();
    }

    /** A lazy iterator over a range (possibly unbounded); int ranges yield ints, float ranges floats. */
    public static Iterator<Value> rangeIterator(Value.RangeV r) {
        boolean isFloat = r.start() instanceof Value.Float || r.step() instanceof Value.Float || r.end() instanceof Value.Float;
        if (!isFloat) {
            long start = ((Value.Int) r.start()).value();
            long step = r.step() == null ? (r.end() != null && ((Value.Int) r.end()).value() < start ? -1 : 1) : ((Value.Int) r.step()).value();
            boolean open = r.end() == null || r.end() == Value.NOTHING;
            long end = open ? (step > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : ((Value.Int) r.end()).value();
            boolean inclusive = r.inclusive() || open;
            return new Iterator<>() {
                long cur = start;
                boolean done = step == 0;
                public boolean hasNext() {
                    if (done) return false;
                    return step > 0 ? (inclusive ? cur <= end : cur < end) : (inclusive ? cur >= end : cur > end);
                }
                public Value next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    long v = cur;
                    try {
                        cur = Math.addExact(cur, step);
                    } catch (ArithmeticException e) {
                        done = true;
                    }
                    return Value.Int.of(v);
                }
            };
        }
        double start = num(r.start());
        double step = r.step() == null ? (r.end() != null && num(r.end()) < start ? -1 : 1) : num(r.step());
        boolean open = r.end() == null || r.end() == Value.NOTHING;
        double end = open ? (step > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY) : num(r.end());
        return new Iterator<>() {
            long i = 0;
            public boolean hasNext() {
                double cur = start + i * step;
                return step > 0 ? (r.inclusive() ? cur <= end : cur < end) : (r.inclusive() ? cur >= end : cur > end);
            }
            public Value next() {
                if (!hasNext()) throw new NoSuchElementException();
                return new Value.Float(start + (i++) * step);
            }
        };
    }

    private static double num(Value v) {
        if (v instanceof Value.Int i) return i.value();
        if (v instanceof Value.Float f) return f.value();
        throw new IllegalArgumentException("not a number: " + v);
    }
}
