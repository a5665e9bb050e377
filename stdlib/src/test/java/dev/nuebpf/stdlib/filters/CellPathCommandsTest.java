package dev.nuebpf.stdlib.filters;

import static dev.nuebpf.stdlib.common.V.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.Value;
import org.junit.jupiter.api.Test;

/** get/select/reject/insert/update/upsert along cell paths, and the errors nu raises for them. */
class CellPathCommandsTest {
    private static final Value TABLE = table(cols("a", "b"), row(i(1), s("x")), row(i(2), s("y")));

    private static String code(Runnable r) {
        return assertThrows(ShellException.class, r::run).diagnostic().code();
    }

    @Test void getColumnOfTableAndMissingColumn() {
        assertEquals(ints(1, 2), TestCall.of(new GetCommand()).pos(TestCall.cellPath("a")).run(TABLE));
        assertEquals("nu::shell::column_not_found", code(() -> TestCall.of(new GetCommand()).pos(TestCall.cellPath("c")).run(TABLE)));
        assertEquals(list(nothing(), nothing()), TestCall.of(new GetCommand()).pos(TestCall.cellPath("c")).sw("optional").run(TABLE));
    }

    @Test void getIndexErrors() {
        assertEquals("nu::shell::access_beyond_end", code(() -> TestCall.of(new GetCommand()).pos(TestCall.cellPath("5")).run(ints(1, 2))));
        assertEquals("nu::shell::type_mismatch", code(() -> TestCall.of(new GetCommand()).pos(TestCall.cellPath("0")).run(rec("a", i(1)))));
        assertEquals("nu::shell::incompatible_path_access", code(() -> TestCall.of(new GetCommand()).pos(TestCall.cellPath("0.a.b")).run(TABLE)));
    }

    @Test void getSuggestsTheRightCase() {
        assertEquals("nu::shell::name_not_found", code(() -> TestCall.of(new GetCommand()).pos(TestCall.cellPath("A")).run(rec("a", i(1)))));
        assertEquals(i(1), TestCall.of(new GetCommand()).pos(TestCall.cellPath("A")).sw("ignore-case").run(rec("a", i(1))));
    }

    @Test void selectNamesNestedColumnsAfterThePath() {
        Value r = rec("a", rec("b", i(1), "c", i(2)));
        assertEquals(rec("a.b", i(1)), TestCall.of(new SelectCommand()).path("a.b").run(r));
        assertEquals(list(rec("a", i(2), "b", s("y"))), TestCall.of(new SelectCommand()).path("1").run(TABLE));
    }

    @Test void rejectRowsUseInputPositions() {
        assertEquals(ints(20), TestCall.of(new RejectCommand()).path("0").path("2").run(ints(10, 20, 30)));
        assertEquals(rec("a", rec("c", i(2))), TestCall.of(new RejectCommand()).path("a.b").run(rec("a", rec("b", i(1), "c", i(2)))));
    }

    @Test void insertUpdateUpsert() {
        assertEquals(rec("a", i(1), "b", rec("c", i(3))), TestCall.of(new InsertCommand()).pos(TestCall.cellPath("b.c"), i(3)).run(rec("a", i(1))));
        assertEquals("nu::shell::column_already_exists", code(() -> TestCall.of(new InsertCommand()).pos(TestCall.cellPath("a"), i(3)).run(rec("a", i(1)))));
        assertEquals("nu::shell::column_not_found", code(() -> TestCall.of(new UpdateCommand()).pos(TestCall.cellPath("z"), i(3)).run(rec("a", i(1)))));
        assertEquals(ints(1, 2, 3), TestCall.of(new UpsertCommand()).pos(TestCall.cellPath("2"), i(3)).run(ints(1, 2)));
        assertEquals("nu::shell::access_beyond_end", code(() -> TestCall.of(new InsertCommand()).pos(TestCall.cellPath("3"), i(3)).run(ints(1, 2))));
        assertEquals("nu::shell::access_beyond_end", code(() -> TestCall.of(new UpsertCommand()).pos(TestCall.cellPath("0.0"), i(1)).run(list())));
    }

    @Test void updateClosureSeesTheCellAsInputAndTheRowAsArgument() {
        TestCall c = TestCall.of(new UpdateCommand()).pos(TestCall.cellPath("a"),
                TestCall.fn((args, in) -> rec("in", in, "arg", args.get(0))));
        assertEquals(list(rec("a", rec("in", i(1), "arg", rec("a", i(1))))), c.run(list(rec("a", i(1)))));
    }

    @Test void insertClosureOnAListIndexSeesTheCurrentItem() {
        TestCall c = TestCall.of(new InsertCommand()).pos(TestCall.cellPath("1"),
                TestCall.fn((args, in) -> i(((Value.Int) in).value() + 1)));
        assertEquals(ints(1, 3, 2), c.run(ints(1, 2)));
    }

    @Test void upsertClosureGetsNullForAMissingColumn() {
        TestCall c = TestCall.of(new UpsertCommand()).pos(TestCall.cellPath("n"), TestCall.fn((args, in) -> in == Value.NOTHING ? s("none") : in));
        assertEquals(list(rec("n", i(1)), rec("n", s("none"))), c.run(list(rec("n", i(1)), rec())));
    }

    @Test void columnThenIndexOnATableAddressesOneRow() {
        Value t = table(cols("foo"), row(s("bar")), row(s("baz")));
        assertEquals(table(cols("foo"), row(s("new")), row(s("baz"))), TestCall.of(new UpdateCommand()).pos(TestCall.cellPath("foo.0"), s("new")).run(t));
    }

    @Test void negativeRowNumbersAreRejected() {
        assertEquals("nu::shell::cant_convert", code(() -> TestCall.of(new SelectCommand()).rest(i(-2)).run(ints(1, 2, 3))));
    }
}
