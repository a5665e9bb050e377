package dev.nuebpf.runtime;

/** Range membership and bounds (iteration lives in {@link Values#rangeIterator}). */
public final class RangeOps {
    private RangeOps() {}

    /** Whether a number lies in the range (int ranges contain only ints, respecting the step). */
    public static boolean contains(Value.RangeV r, Value item) {
        boolean intRange = r.start() instanceof Value.Int && (r.step() == null || r.step() instanceof Value.Int)
                && (r.end() == null || r.end() == Value.NOTHING || r.end() instanceof Value.Int);
        if (intRange) {
            if (!(item instanceof Value.Int iv)) return false;
            long x = iv.value(), start = ((Value.Int) r.start()).value();
            boolean open = r.end() == null || r.end() == Value.NOTHING;
            long step = r.step() != null ? ((Value.Int) r.step()).value()
                    : (!open && ((Value.Int) r.end()).value() < start ? -1 : 1);
            if (step == 0) return false;
            if (step > 0) {
                if (x < start) return false;
                if (!open) {
                    long end = ((Value.Int) r.end()).value();
                    if (r.inclusive() ? x > end : x >= end) return false;
                }
            } else {
                if (x > start) return false;
                if (!open) {
                    long end = ((Value.Int) r.end()).value();
                    if (r.inclusive() ? x < end : x <= end) return false;
                }
            }
            return (x - start) % step == 0;
        }
        double x = ValueOps.toDouble(item), start = ValueOps.toDouble(r.start());
        boolean open = r.end() == null || r.end() == Value.NOTHING;
        double end = open ? Double.POSITIVE_INFINITY : ValueOps.toDouble(r.end());
        double step = r.step() == null ? (end < start ? -1 : 1) : ValueOps.toDouble(r.step());
        double lo = Math.min(start, end), hi = Math.max(start, end);
        if (x < lo || x > hi) return false;
        if (!r.inclusive() && x == end) return false;
        if (r.step() == null) return true;
        double k = (x - start) / step;
        return Math.abs(k - Math.rint(k)) < 1e-9;
    }
}
