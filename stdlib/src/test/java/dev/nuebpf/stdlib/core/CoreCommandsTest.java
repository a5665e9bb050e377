package dev.nuebpf.stdlib.core;

import static dev.nuebpf.stdlib.common.V.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.TypeNames;
import dev.nuebpf.stdlib.filters.TestCall;
import org.junit.jupiter.api.Test;

/** Core commands: type names, defaults, sequences, generators and errors made by users. */
class CoreCommandsTest {
    @Test void typeNamesFollowNu() {
        assertEquals("list<int>", TypeNames.of(ints(1, 2)));
        assertEquals("list<number>", TypeNames.of(list(i(1), f(2.5))));
        assertEquals("list<oneof<number, string>>", TypeNames.of(list(i(1), s("a"), f(2.0))));
        assertEquals("list<any>", TypeNames.of(list()));
        assertEquals("record", TypeNames.of(rec()));
        assertEquals("table<a: oneof<int, string>>", TypeNames.of(list(rec("a", i(1)), rec("a", s("x")))));
        assertEquals("table<a: int>", TypeNames.of(list(rec("a", i(1)), rec("a", i(2), "b", i(3)))));
        assertEquals("table", TypeNames.of(list(rec("a", i(1)), rec("b", i(2)))));
        assertEquals("list<oneof<record<a: int>, int>>", TypeNames.of(list(rec("a", i(1)), i(1), rec("a", i(2)))));
        assertEquals("record<a: list<int>, b: record<c: int>>", TypeNames.of(rec("a", ints(1, 2), "b", rec("c", i(1)))));
    }

    @Test void describeMarksStreams() {
        PipelineData stream = PipelineData.stream(ints(1, 2).items().iterator(), TestCall.SPAN);
        assertEquals(s("list<int> (stream)"), TestCall.of(new DescribeCommand()).runData(stream).collect());
        PipelineData again = PipelineData.stream(ints(1, 2).items().iterator(), TestCall.SPAN);
        assertEquals(s("stream"), TestCall.of(new DescribeCommand()).sw("no-collect").runData(again).collect());
    }

    @Test void defaultFillsNullsAndMissingColumns() {
        assertEquals(s("x"), TestCall.of(new DefaultCommand()).pos(s("x")).runData(PipelineData.EMPTY).collect());
        assertEquals(i(5), TestCall.of(new DefaultCommand()).pos(i(0)).run(i(5)));
        assertEquals(rec("a", i(5), "b", i(5)), TestCall.of(new DefaultCommand()).pos(i(5)).rest(s("a"), s("b")).run(rec("a", nothing())));
        assertEquals(s("e"), TestCall.of(new DefaultCommand()).pos(s("e")).sw("empty").run(list()));
        TestCall lazy = TestCall.of(new DefaultCommand()).pos(TestCall.fn((a, in) -> i(7)));
        assertEquals(i(1), lazy.run(i(1)));
        assertEquals(0, lazy.closureCalls, "a closure default runs only when needed");
    }

    @Test void isEmptyWithColumnsOnlyCountsNull() {
        assertEquals(b(true), TestCall.of(new IsEmptyCommand()).run(s("")));
        assertEquals(b(false), TestCall.of(new IsEmptyCommand()).rest(TestCall.cellPath("a")).run(rec("a", s(""))));
        assertEquals(b(true), TestCall.of(new IsEmptyCommand()).rest(TestCall.cellPath("a")).run(list(rec("a", nothing()))));
        assertEquals(b(true), TestCall.of(new IsNotEmptyCommand()).run(ints(1)));
    }

    @Test void seqCountsByIntegersOrFloats() {
        assertEquals(ints(1, 3, 5, 7, 9), TestCall.of(new SeqCommand()).rest(i(1), i(2), i(10)).run(nothing()));
        assertEquals(list(), TestCall.of(new SeqCommand()).rest(i(5), i(1)).run(nothing()));
        assertEquals(list(f(1.0), f(2.0)), TestCall.of(new SeqCommand()).rest(i(1), f(2.5)).run(nothing()));
        assertEquals("nu::shell::incorrect_value", assertThrows(ShellException.class,
                () -> TestCall.of(new SeqCommand()).rest(i(1), i(0), i(3)).run(nothing())).diagnostic().code());
    }

    @Test void generateStopsWithoutNext() {
        TestCall g = TestCall.of(new GenerateCommand()).pos(TestCall.fn((a, in) -> {
            long n = ((Value.Int) a.get(0)).value();
            return n < 3 ? rec("out", i(n), "next", i(n + 1)) : rec("out", i(n));
        }), i(0));
        assertEquals(ints(0, 1, 2, 3), g.run(nothing()));
    }

    @Test void errorMakeCarriesTheRecordAndItsCode() {
        Value r = rec("msg", s("boom"), "code", s("my::code"), "help", s("try again"),
                "label", rec("text", s("here"), "span", rec("start", i(1), "end", i(3))));
        ShellException e = assertThrows(ShellException.class, () -> TestCall.of(new ErrorMakeCommand()).pos(r).run(nothing()));
        assertEquals("my::code", e.diagnostic().code());
        assertEquals("boom", e.diagnostic().message());
        assertEquals("try again", e.diagnostic().help());
        assertEquals(1, e.diagnostic().span().start());
        assertEquals("here", e.diagnostic().labels().get(0).text());
        assertSame(r, e.raw());
        ShellException u = assertThrows(ShellException.class, () -> TestCall.of(new ErrorMakeCommand()).pos(r).sw("unspanned").run(nothing()));
        assertTrue(u.diagnostic().labels().isEmpty());
        assertEquals("nu::shell::column_not_found", assertThrows(ShellException.class,
                () -> TestCall.of(new ErrorMakeCommand()).pos(rec()).run(nothing())).diagnostic().code());
    }

    @Test void printRendersScalarsAsText() {
        TestCall p = TestCall.of(new PrintCommand()).rest(s("hi"), i(3));
        assertEquals(nothing(), p.runData(PipelineData.EMPTY).collect());
        assertEquals("hi\n3\n", p.out.toString());
    }

    @Test void headersLeavesOutMissingCells() {
        Value t = list(rec("x", s("a"), "y", s("b")), rec("x", i(1), "y", i(2)), rec("x", i(1), "z", i(3)));
        assertEquals(list(rec("a", i(1), "b", i(2)), rec("a", i(1))), TestCall.of(new HeadersCommand()).run(t));
    }
}
