package dev.nuebpf.stdlib.filters;

import static dev.nuebpf.stdlib.common.V.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.Values;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/** Filters that can stream must not read more of an endless input than they need. */
class LazyFiltersTest {
    private static PipelineData endless() {
        return PipelineData.stream(Values.rangeIterator(new Value.RangeV(i(1), null, null, true)), TestCall.SPAN);
    }

    private static Value times(Value v, long k) { return i(((Value.Int) v).value() * k); }

    @Test void eachThenFirstEndsOnAnEndlessStream() {
        TestCall each = TestCall.of(new EachCommand()).pos(TestCall.fn((a, in) -> times(a.get(0), 2)));
        PipelineData doubled = each.runData(endless());
        Value firstThree = TestCall.of(new FirstCommand()).pos(i(3)).runData(doubled).collect();
        assertEquals(ints(2, 4, 6), firstThree);
        assertEquals(3, each.closureCalls, "each must only run the closure for rows that are read");
    }

    @Test void whereTakeSkipAndEnumerateStream() {
        TestCall where = TestCall.of(new WhereCommand()).pos(TestCall.fn((a, in) -> b(((Value.Int) in).value() % 3 == 0)));
        PipelineData p = where.runData(endless());
        p = TestCall.of(new SkipCommand()).pos(i(1)).runData(p);
        p = TestCall.of(new EnumerateCommand()).runData(p);
        p = TestCall.of(new TakeCommand()).pos(i(2)).runData(p);
        assertEquals(list(rec("index", i(0), "item", i(6)), rec("index", i(1), "item", i(9))), p.collect());
        assertEquals(9, where.closureCalls);
    }

    @Test void takeWhileStopsAtTheFirstFailure() {
        TestCall tw = TestCall.of(new TakeWhileCommand()).pos(TestCall.fn((a, in) -> b(((Value.Int) in).value() < 4)));
        assertEquals(ints(1, 2, 3), tw.runData(endless()).collect());
        assertEquals(4, tw.closureCalls);
    }

    @Test void takeDoesNotPullPastItsCount() {
        int[] pulled = {0};
        Iterator<Value> src = Values.rangeIterator(new Value.RangeV(i(1), null, null, true));
        Iterator<Value> counting = new Iterator<>() {
            public boolean hasNext() { return src.hasNext(); }
            public Value next() { pulled[0]++; return src.next(); }
        };
        Value got = TestCall.of(new TakeCommand()).pos(i(2)).runData(PipelineData.stream(counting, TestCall.SPAN)).collect();
        assertEquals(ints(1, 2), got);
        assertEquals(2, pulled[0]);
    }

    @Test void windowAndChunksStream() {
        PipelineData w = TestCall.of(new WindowCommand()).pos(i(2)).flag("stride", i(3)).runData(endless());
        assertEquals(list(ints(1, 2), ints(4, 5)), TestCall.of(new FirstCommand()).pos(i(2)).runData(w).collect());
        PipelineData c = TestCall.of(new ChunksCommand()).pos(i(3)).runData(endless());
        assertEquals(list(ints(1, 2, 3), ints(4, 5, 6)), TestCall.of(new FirstCommand()).pos(i(2)).runData(c).collect());
    }

    @Test void appendKeepsTheInputStreaming() {
        PipelineData p = TestCall.of(new AppendCommand()).pos(i(0)).runData(endless());
        assertEquals(ints(1, 2), TestCall.of(new FirstCommand()).pos(i(2)).runData(p).collect());
    }
}
