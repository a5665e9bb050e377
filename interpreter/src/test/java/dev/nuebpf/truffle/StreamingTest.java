package dev.nuebpf.truffle;

import static dev.nuebpf.truffle.Snippets.check;
import static dev.nuebpf.truffle.Snippets.i;
import static dev.nuebpf.truffle.Snippets.list;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pipelines are lazy: an unbounded range through a mapping closure ends when the consumer stops. */
class StreamingTest {
    @Test @Timeout(20) void unboundedRangeStreams() {
        check("1.. | t-map {|x| $x * 2} | t-take 3", list(2, 4, 6));
        check("let r = 1..inf; $r | t-map {|x| $x} | t-take 2", list(1.0, 2.0));
    }

    @Test @Timeout(20) void defsAndSubexpressionsKeepStreaming() {
        check("def evens [] { 0.. | t-map {|x| $x * 2} }; evens | t-take 3", list(0, 2, 4));
        check("(1.. | t-map {|x| $x + 1}) | t-take 2", list(2, 3));
    }

    @Test void streamsAreCollectedAtTheEnd() {
        check("1..5 | t-map {|x| $x * $x}", list(1, 4, 9, 16, 25));
        check("1..1000 | t-map {|x| $x} | t-count", i(1000));
    }
}
