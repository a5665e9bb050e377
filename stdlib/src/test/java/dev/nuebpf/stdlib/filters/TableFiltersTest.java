package dev.nuebpf.stdlib.filters;

import static dev.nuebpf.stdlib.common.V.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.Value;
import org.junit.jupiter.api.Test;

/** Table-shaped filters whose rules are easy to get subtly wrong (checked against nu 0.115.1). */
class TableFiltersTest {
    @Test void flattenSpreadsRecordsAndPrefixesClashes() {
        assertEquals(table(cols("a", "b_a"), row(i(1), i(9))), TestCall.of(new FlattenCommand()).run(rec("a", i(1), "b", rec("a", i(9)))));
        // without named columns a later column overwrites the spread key, as in nu
        assertEquals(table(cols("a"), row(i(1))), TestCall.of(new FlattenCommand()).run(rec("b", rec("a", i(9)), "a", i(1))));
        assertEquals(table(cols("b_a", "a"), row(i(9), i(1))), TestCall.of(new FlattenCommand()).rest(s("b")).run(rec("b", rec("a", i(9)), "a", i(1))));
    }

    @Test void flattenExpandsOneListColumnAndRefusesTwo() {
        Value t = list(rec("a", i(1), "b", table(cols("c"), row(s("x")), row(s("y")))));
        assertEquals(list(rec("a", i(1), "b", rec("c", s("x"))), rec("a", i(1), "b", rec("c", s("y")))), TestCall.of(new FlattenCommand()).run(t));
        assertEquals(table(cols("a", "c"), row(i(1), s("x")), row(i(1), s("y"))), TestCall.of(new FlattenCommand()).sw("all").run(t));
        Value two = list(rec("a", ints(1, 2), "b", ints(3)));
        assertEquals("nu::shell::unsupported_input",
                assertThrows(ShellException.class, () -> TestCall.of(new FlattenCommand()).run(two)).diagnostic().code());
    }

    @Test void joinKindsAndClashingColumns() {
        Value left = list(rec("id", i(1), "x", i(10)), rec("id", i(2), "x", i(11)));
        Value right = list(rec("id", i(1), "x", i(20)), rec("id", i(3), "x", i(30)));
        assertEquals(table(cols("id", "x", "x_"), row(i(1), i(10), i(20))), TestCall.of(new JoinCommand()).pos(right, s("id")).run(left));
        assertEquals(table(cols("id", "x", "x_"), row(i(1), i(10), i(20)), row(i(2), i(11), nothing()), row(i(3), nothing(), i(30))),
                TestCall.of(new JoinCommand()).pos(right, s("id")).sw("outer").run(left));
    }

    @Test void sortByIsStableAndPutsNullLast() {
        Value t = table(cols("k", "n"), row(i(1), s("a")), row(nothing(), s("b")), row(i(0), s("c")), row(i(1), s("d")));
        assertEquals(table(cols("k", "n"), row(i(0), s("c")), row(i(1), s("a")), row(i(1), s("d")), row(nothing(), s("b"))),
                TestCall.of(new SortByCommand()).path("k").run(t));
    }

    @Test void sortNaturalAndIgnoreCase() {
        assertEquals(strs("a1", "a9", "a10"), TestCall.of(new SortCommand()).sw("natural").run(strs("a10", "a9", "a1")));
        assertEquals(strs("A", "a", "b", "B"), TestCall.of(new SortCommand()).sw("ignore-case").run(strs("b", "A", "a", "B")));
    }

    @Test void uniqTreatsRecordsWithReorderedKeysAsEqual() {
        Value rows = list(rec("a", i(1), "b", i(2)), rec("b", i(2), "a", i(1)));
        assertEquals(i(1), i(((Value.ListV) TestCall.of(new UniqCommand()).run(rows)).items().size()));
    }

    @Test void groupByNestsAndDropsNullKeys() {
        Value t = table(cols("a", "b"), row(i(1), i(2)), row(i(1), i(3)), row(nothing(), i(4)));
        assertEquals(rec("1", rec("2", table(cols("a", "b"), row(i(1), i(2))), "3", table(cols("a", "b"), row(i(1), i(3))))),
                TestCall.of(new GroupByCommand()).path("a").path("b").run(t));
    }

    @Test void transposeHeaderRowKeepsFirstUnlessAsked() {
        Value t = table(cols("k", "v"), row(s("a"), i(1)), row(s("a"), i(2)));
        assertEquals(table(cols("a"), row(i(1))), TestCall.of(new TransposeCommand()).sw("header-row").run(t));
        assertEquals(table(cols("a"), row(i(2))), TestCall.of(new TransposeCommand()).sw("header-row").sw("keep-last").run(t));
    }

    @Test void histogramOrdersByCountThenValue() {
        Value h = TestCall.of(new HistogramCommand()).run(list(i(3), i(1), i(3), s("b"), s("a")));
        assertEquals(list(i(3), i(1), s("a"), s("b")), TestCall.of(new GetCommand()).pos(TestCall.cellPath("value")).run(h));
        assertEquals(s("40.00%"), TestCall.of(new GetCommand()).pos(TestCall.cellPath("0.percentage")).run(h));
    }

    @Test void findHighlightsLikeNu() {
        Value got = TestCall.of(new FindCommand()).rest(s("l")).run(strs("moe", "larry"));
        assertEquals(strs("\u001b[39m\u001b[0m\u001b[41;39ml\u001b[0m\u001b[39marry\u001b[0m"), got);
        assertEquals(ints(5), TestCall.of(new FindCommand()).rest(i(5)).run(ints(1, 5, 35)));
    }

    @Test void windowRemainderKeepsTrailingShortWindows() {
        assertEquals(list(ints(1, 2, 3), ints(2, 3, 4), ints(3, 4), ints(4)),
                TestCall.of(new WindowCommand()).pos(i(3)).sw("remainder").run(ints(1, 2, 3, 4)));
    }

    @Test void countsRejectFilesizesForLists() {
        assertEquals("nu::shell::incompatible_parameters", assertThrows(ShellException.class,
                () -> TestCall.of(new FirstCommand()).pos(new Value.Filesize(1000)).run(ints(1, 2, 3))).diagnostic().code());
        assertEquals("nu::shell::needs_positive_value", assertThrows(ShellException.class,
                () -> TestCall.of(new TakeCommand()).pos(i(-1)).run(ints(1))).diagnostic().code());
    }
}
