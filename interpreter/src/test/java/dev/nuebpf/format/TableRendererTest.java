package dev.nuebpf.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected tables were printed by nu 0.115.1 (no terminal, so 80 columns) for the same values. */
class TableRendererTest {
    private static Value list(Value... vs) { return new Value.ListV(List.of(vs)); }
    private static Value i(long x) { return Value.of(x); }
    private static Value s(String x) { return Value.of(x); }

    private static String render(Value v) { return TableRenderer.render(v, TableRenderer.DEFAULT_WIDTH); }

    @Test void emptyListAndRecord() {
        assertEquals("╭────────────╮\n│ empty list │\n╰────────────╯", render(list()));
        assertEquals("╭──────────────╮\n│ empty record │\n╰──────────────╯", render(Record.EMPTY));
    }

    @Test void listOfScalars() {
        assertEquals("""
                ╭───┬───────────────╮
                │ 0 │             1 │
                │ 1 │             2 │
                │ 2 │ [list 1 item] │
                ╰───┴───────────────╯""", render(list(i(1), i(2), list(i(3)))));
    }

    @Test void tableWithMissingCellsAndNesting() {
        Value t = list(Record.of("a", i(1), "b", list(i(1), i(2), i(3))),
                Record.of("a", i(2), "c", Record.of("x", i(1))));
        assertEquals("""
                ╭───┬───┬────────────────┬──────────────────╮
                │ # │ a │       b        │        c         │
                ├───┼───┼────────────────┼──────────────────┤
                │ 0 │ 1 │ [list 3 items] │        ❎        │
                │ 1 │ 2 │       ❎       │ {record 1 field} │
                ╰───┴───┴────────────────┴──────────────────╯""", render(t));
    }

    @Test void recordWithMixedValues() {
        Value r = Record.builder().put("a", i(1)).put("bbbbbb", i(22222)).put("c", Value.of(1.5)).build();
        assertEquals("""
                ╭────────┬───────╮
                │ a      │ 1     │
                │ bbbbbb │ 22222 │
                │ c      │ 1.50  │
                ╰────────┴───────╯""", render(r));
    }

    @Test void alignmentPerType() {
        List<Value> rows = new ArrayList<>();
        for (Value v : List.of(Value.NOTHING, Value.of(true), s("x"), i(-5), Value.of(1.5), new Value.Filesize(1024),
                new Value.Duration(2_000_000_000L))) rows.add(Record.of("a", v));
        assertEquals("""
                ╭───┬────────╮
                │ # │   a    │
                ├───┼────────┤
                │ 0 │        │
                │ 1 │ true   │
                │ 2 │ x      │
                │ 3 │     -5 │
                │ 4 │   1.50 │
                │ 5 │ 1.0 kB │
                │ 6 │   2sec │
                ╰───┴────────╯""", render(new Value.ListV(rows)));
    }

    @Test void footerAfterManyRows() {
        List<Value> rows = new ArrayList<>();
        for (int k = 1; k <= 26; k++) rows.add(Record.of("a", i(k)));
        String out = render(new Value.ListV(rows));
        assertEquals("""
                │ 25 │ 26 │
                ├────┼────┤
                │  # │ a  │
                ╰────┴────╯""", out.substring(out.indexOf("│ 25 │ 26 │")));
    }

    @Test void longCellWraps() {
        Value t = list(Record.of("a", s("word ".repeat(24).trim()), "b", i(1)));
        assertEquals("""
                ╭───┬──────────────────────────────────────────────────────────────────────┬───╮
                │ # │                                  a                                   │ b │
                ├───┼──────────────────────────────────────────────────────────────────────┼───┤
                │ 0 │ word word word word word word word word word word word word word     │ 1 │
                │   │ word word word word word word word word word word word               │   │
                ╰───┴──────────────────────────────────────────────────────────────────────┴───╯""", render(t));
    }

    @Test void tooManyColumnsTruncates() {
        String x40 = "x".repeat(40);
        Value t = list(Record.builder().put("a", s(x40)).put("b", s(x40)).put("c", s(x40)).build());
        assertEquals("""
                ╭───┬──────────────────────────────────────────┬─────────────────────────┬─────╮
                │ # │                    a                     │            b            │ ... │
                ├───┼──────────────────────────────────────────┼─────────────────────────┼─────┤
                │ 0 │ xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx │ xxxxxxxxxxxxxxxxxxxxxxx │ ... │
                │   │                                          │ xxxxxxxxxxxxxxxxx       │     │
                ╰───┴──────────────────────────────────────────┴─────────────────────────┴─────╯""", render(t));
    }

    @Test void ownIndexColumnAndHexDump() {
        Value t = list(Record.of("index", i(100), "a", i(1)), Record.of("index", i(101), "a", i(1)));
        assertEquals("""
                ╭─────┬───╮
                │   # │ a │
                ├─────┼───┤
                │ 100 │ 1 │
                │ 101 │ 1 │
                ╰─────┴───╯""", render(t));
        assertEquals("Length: 2 (0x2) bytes\n00000000:   ff 01" + " ".repeat(48) + "×•",
                render(new Value.Binary(new byte[] {(byte) 0xff, 1})));
    }

    @Test void tiedWidestColumnsShrinkTheRightmost() {
        String x20 = "x".repeat(20);
        Value t = list(Record.builder().put("a", s(x20)).put("b", s(x20)).put("c", s(x20)).build());
        assertEquals("""
                ╭───┬──────────────────────┬──────────────────────┬────────╮
                │ # │          a           │          b           │   c    │
                ├───┼──────────────────────┼──────────────────────┼────────┤
                │ 0 │ xxxxxxxxxxxxxxxxxxxx │ xxxxxxxxxxxxxxxxxxxx │ xxxxxx │
                │   │                      │                      │ xxxxxx │
                │   │                      │                      │ xxxxxx │
                │   │                      │                      │ xx     │
                ╰───┴──────────────────────┴──────────────────────┴────────╯""", TableRenderer.render(t, 60));
    }

    @Test void colouredTextKeepsColumnsAligned() {
        String green = "\u001b[32mok\u001b[0m";
        assertEquals("╭───┬────╮\n│ 0 │ " + green + " │\n│ 1 │ no │\n╰───┴────╯", render(list(s(green), s("no"))));
    }

    @Test void coloursAreRemovedFromTablesForNonTerminals() {
        String green = "\u001b[32mok\u001b[0m";
        assertEquals("╭───┬────╮\n│ 0 │ ok │\n│ 1 │ no │\n╰───┴────╯", TableRenderer.render(list(s(green), s("no")), 80, false));
        assertEquals(green, TableRenderer.render(s(green), 80, false), "a scalar keeps its colours, as in nu");
    }
}
