package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;

/**
 * A range argument resolved against a length, as {@code str substring} and {@code str index-of --range} use it:
 * negative ends count from the back, an open end means "to the end", the result is a half-open [from, to).
 */
public record Bounds(int from, int to) {
    public static Bounds of(Value v, int len, Span span) {
        if (!(v instanceof Value.RangeV r)) {
            throw ShellException.of("nu::shell::cant_convert", "Can't convert to range.", span,
                    "can't convert " + (v == null ? "nothing" : v.typeName()) + " to range");
        }
        long start = r.start() == null || r.start() == Value.NOTHING ? 0 : num(r.start());
        long end;
        if (r.end() == null || r.end() == Value.NOTHING) {
            end = len;
        } else {
            end = num(r.end());
            if (end < 0) end += len;
            if (r.inclusive()) end += 1;
        }
        if (start < 0) start += len;
        start = Math.max(0, Math.min(start, len));
        end = Math.max(0, Math.min(end, len));
        if (end < start) end = start;
        return new Bounds((int) start, (int) end);
    }

    private static long num(Value v) {
        if (v instanceof Value.Int i) return i.value();
        if (v instanceof Value.Float f) return (long) f.value();
        return 0;
    }
}
