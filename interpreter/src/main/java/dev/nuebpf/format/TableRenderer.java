package dev.nuebpf.format;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.Values;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Renders a value the way nu prints a pipeline's result: a list of records as a table with a header and
 * an index column ({@code #}, or the records' own {@code index} column), other lists as index/value rows,
 * records as key/value rows, scalars by {@link ValueDisplay#toText}. Nested values are summarised.
 */
public final class TableRenderer {
    private TableRenderer() {}

    /** Width nu assumes when output is not a terminal. */
    public static final int DEFAULT_WIDTH = 80;

    /**
     * The width to lay tables out for when printing to the process's stdout ({@code print}, {@code table},
     * the launcher): the terminal's width when stdout is a terminal (the launcher passes it as the system
     * properties {@code nuebpf.stdout.tty} and {@code nuebpf.columns}), else 80 as nu does.
     */
    public static int terminalWidth() {
        if (!Boolean.getBoolean("nuebpf.stdout.tty")) return DEFAULT_WIDTH;
        int cols = Integer.getInteger("nuebpf.columns", DEFAULT_WIDTH);
        return cols > 0 ? cols : DEFAULT_WIDTH;
    }

    /** The text nu would print for this value to the process's stdout (no trailing newline). */
    public static String render(Value v) {
        return render(v, terminalWidth(), Boolean.getBoolean("nuebpf.stdout.tty"));
    }

    /**
     * As {@link #render(Value, int)}; without {@code color} (output that is not a terminal) ANSI colour
     * sequences inside table cells are removed, as nu does. A scalar keeps them either way.
     */
    public static String render(Value v, int width, boolean color) {
        String out = render(v, width, null);  // null: the clock, read only if a date is shown
        if (color || !(v instanceof Value.ListV || v instanceof Record || v instanceof Value.RangeV)) return out;
        return stripAnsi(out);
    }

    /** The text without ANSI CSI sequences (ESC [ ... letter). */
    public static String stripAnsi(String s) {
        if (s.indexOf('\u001b') < 0) return s;
        return s.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "");
    }

    /** The text nu would print for this value at a terminal of the given width (no trailing newline). */
    public static String render(Value v, int width) {
        return render(v, width, null);
    }

    static String render(Value v, int width, ZonedDateTime now) {
        if (v instanceof Value.RangeV r) v = collect(r);
        if (v instanceof Value.ListV l) return list(l.items(), width, now);
        if (v instanceof Record r) return record(r, width, now);
        if (v instanceof Value.Binary b) return HexDump.dump(b.bytes());
        return ValueDisplay.toText(v, now);
    }

    private static Value collect(Value.RangeV r) {
        List<Value> items = new ArrayList<>();
        Iterator<Value> it = Values.rangeIterator(r);
        // An unbounded range cannot be shown whole; nu would stream it forever. Cap for safety.
        while (it.hasNext() && items.size() < 1_000_000) items.add(it.next());
        return new Value.ListV(items);
    }

    private static String empty(String what) {
        String line = "─".repeat(what.length() + 2);
        return "╭" + line + "╮\n│ " + what + " │\n╰" + line + "╯";
    }

    private static String record(Record r, int width, ZonedDateTime now) {
        if (r.isEmpty()) return empty("empty record");
        List<List<TextGrid.Cell>> rows = new ArrayList<>();
        for (int i = 0; i < r.size(); i++)
            rows.add(List.of(new TextGrid.Cell(r.keys().get(i), false),
                    new TextGrid.Cell(ValueDisplay.cell(r.values().get(i), now), false)));
        return new TextGrid(null, rows, false).draw(width);
    }

    private static String list(List<Value> items, int width, ZonedDateTime now) {
        if (items.isEmpty()) return empty("empty list");
        LinkedHashSet<String> columns = new LinkedHashSet<>();
        boolean allRecords = true;
        for (Value item : items) {
            if (item instanceof Record r) columns.addAll(r.keys());
            else allRecords = false;
        }
        if (!allRecords || columns.isEmpty()) {
            List<List<TextGrid.Cell>> rows = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Value item = items.get(i);
                rows.add(List.of(new TextGrid.Cell(Integer.toString(i), true),
                        new TextGrid.Cell(ValueDisplay.cell(item, now), ValueDisplay.rightAligned(item))));
            }
            return new TextGrid(null, rows, true).draw(width);
        }
        boolean ownIndex = columns.remove("index");
        List<String> header = new ArrayList<>();
        header.add("#");
        header.addAll(columns);
        List<List<TextGrid.Cell>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Record r = (Record) items.get(i);
            List<TextGrid.Cell> cells = new ArrayList<>();
            Value idx = ownIndex ? r.get("index") : null;
            cells.add(new TextGrid.Cell(idx != null ? ValueDisplay.cell(idx, now) : Integer.toString(i), true));
            for (String c : columns) {
                Value v = r.get(c);
                if (v == null) cells.add(new TextGrid.Cell("❎", false, true));
                else cells.add(new TextGrid.Cell(ValueDisplay.cell(v, now), ValueDisplay.rightAligned(v)));
            }
            rows.add(cells);
        }
        return new TextGrid(header, rows, true).draw(width);
    }
}
