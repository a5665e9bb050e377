package dev.nuebpf.truffle.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.RangeOps;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import dev.nuebpf.truffle.nodes.ExprNode;
import dev.nuebpf.truffle.nodes.NuNode;
import java.util.List;

/** A {@code match} pattern: tests a value and binds variables into frame slots on success. */
public abstract class PatternNode extends NuNode {
    protected PatternNode(Span span) { super(span); }

    public abstract boolean match(VirtualFrame frame, Value v);

    public static final class Literal extends PatternNode {
        @Child private ExprNode value;

        public Literal(ExprNode value, Span span) {
            super(span);
            this.value = value;
        }

        @Override public boolean match(VirtualFrame frame, Value v) {
            return eq(value.execute(frame), v);
        }

        @TruffleBoundary
        private static boolean eq(Value a, Value b) { return ValueOps.equal(a, b); }
    }

    public static final class Range extends PatternNode {
        @Child private ExprNode range;

        public Range(ExprNode range, Span span) {
            super(span);
            this.range = range;
        }

        @Override public boolean match(VirtualFrame frame, Value v) {
            Value r = range.execute(frame);
            return (v instanceof Value.Int || v instanceof Value.Float) && inRange((Value.RangeV) r, v);
        }

        @TruffleBoundary
        private static boolean inRange(Value.RangeV r, Value v) {
            if (v instanceof Value.Float && r.start() instanceof Value.Int) {
                double x = ValueOps.toDouble(v), lo = ValueOps.toDouble(r.start());
                if (r.end() == null) return x >= lo;
                double hi = ValueOps.toDouble(r.end());
                return x >= lo && (r.inclusive() ? x <= hi : x < hi);
            }
            return RangeOps.contains(r, v);
        }
    }

    public static final class Bind extends PatternNode {
        private final int slot;

        public Bind(int slot, Span span) {
            super(span);
            this.slot = slot;
        }

        @Override public boolean match(VirtualFrame frame, Value v) {
            frame.setObject(slot, v);
            return true;
        }
    }

    public static final class Wildcard extends PatternNode {
        public Wildcard(Span span) { super(span); }

        @Override public boolean match(VirtualFrame frame, Value v) { return true; }
    }

    public static final class RecordPat extends PatternNode {
        private final String[] keys;
        @Children private final PatternNode[] values;

        public RecordPat(List<String> keys, PatternNode[] values, Span span) {
            super(span);
            this.keys = keys.toArray(new String[0]);
            this.values = values;
        }

        @ExplodeLoop
        @Override public boolean match(VirtualFrame frame, Value v) {
            if (!(v instanceof Record r)) return false;
            for (int i = 0; i < keys.length; i++) {
                Value field = get(r, keys[i]);
                if (field == null || !values[i].match(frame, field)) return false;
            }
            return true;
        }

        @TruffleBoundary
        private static Value get(Record r, String k) { return r.get(k); }
    }

    public static final class ListPat extends PatternNode {
        @Children private final PatternNode[] items;
        private final boolean hasRest;
        private final int restSlot;

        public ListPat(PatternNode[] items, boolean hasRest, int restSlot, Span span) {
            super(span);
            this.items = items;
            this.hasRest = hasRest;
            this.restSlot = restSlot;
        }

        @ExplodeLoop
        @Override public boolean match(VirtualFrame frame, Value v) {
            if (!(v instanceof Value.ListV l)) return false;
            int n = l.items().size();
            if (hasRest ? n < items.length : n != items.length) return false;
            for (int i = 0; i < items.length; i++) if (!items[i].match(frame, l.items().get(i))) return false;
            if (restSlot >= 0) frame.setObject(restSlot, rest(l, items.length));
            return true;
        }

        @TruffleBoundary
        private static Value rest(Value.ListV l, int from) { return new Value.ListV(l.items().subList(from, l.items().size())); }
    }

    public static final class Or extends PatternNode {
        @Children private final PatternNode[] alternatives;

        public Or(PatternNode[] alternatives, Span span) {
            super(span);
            this.alternatives = alternatives;
        }

        @ExplodeLoop
        @Override public boolean match(VirtualFrame frame, Value v) {
            for (PatternNode p : alternatives) if (p.match(frame, v)) return true;
            return false;
        }
    }
}
