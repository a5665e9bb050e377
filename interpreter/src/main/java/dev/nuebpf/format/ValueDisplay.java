package dev.nuebpf.format;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A value as Nushell shows it in text. Three forms, because nu has three:
 * <ul>
 *   <li>{@link #toText}: string interpolation, {@code print} of a scalar, {@code str join}: lists as
 *   {@code [1, 2]}, records as {@code {a: 1}}, floats with all their digits, dates with a humanized tail;</li>
 *   <li>{@link #cell}: a table cell: floats with two decimals, nested lists/records summarised
 *   ({@code [list 3 items]}, {@code {record 2 fields}}, {@code [table 2 rows]}), dates humanized;</li>
 *   <li>{@link #intoString}: what {@code into string} gives for scalars (integral floats lose {@code .0},
 *   dates use the asctime form).</li>
 * </ul>
 */
public final class ValueDisplay {
    private ValueDisplay() {}

    /** The string form used by interpolation and printing of scalars. */
    public static String toText(Value v) {
        return toText(v, null);
    }

    /**
     * The instant dates are shown relative to; {@code now} null means the clock, read only when a date is
     * shown (reading it loads the zone rules, ~10 ms at start-up, and it cost group-by a read per row).
     */
    private static ZonedDateTime now(ZonedDateTime now) { return now != null ? now : ZonedDateTime.now(); }

    static String toText(Value v, ZonedDateTime now) {
        if (v == null || v == Value.NOTHING) return "";
        if (v instanceof Value.Str s) return s.value();
        if (v instanceof Value.Int i) return Long.toString(i.value());
        if (v instanceof Value.Float f) return NumberText.floatText(f.value());
        if (v instanceof Value.Bool b) return b.value() ? "true" : "false";
        if (v instanceof Value.Duration d) return DurationText.text(d.nanos());
        if (v instanceof Value.Filesize f) return NumberText.filesize(f.bytes());
        if (v instanceof Value.Date d) return DateText.full(d.value(), now(now));
        if (v instanceof Value.RangeV r) return range(r);
        if (v instanceof Value.Binary b) return bytes(b.bytes());
        if (v instanceof Value.ClosureV c) return closure(c);
        if (v instanceof Value.Glob g) return g.pattern();
        if (v instanceof Value.CellPathV p) return cellPath(p);
        if (v instanceof Value.ErrorV e) return e.diagnostic().message();
        if (v instanceof Value.ListV l) {
            StringBuilder sb = new StringBuilder("[");
            List<Value> items = l.items();
            for (int i = 0; i < items.size(); i++) sb.append(i > 0 ? ", " : "").append(toText(items.get(i), now));
            return sb.append(']').toString();
        }
        if (v instanceof Record r) {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < r.size(); i++)
                sb.append(i > 0 ? ", " : "").append(r.keys().get(i)).append(": ").append(toText(r.values().get(i), now));
            return sb.append('}').toString();
        }
        return String.valueOf(v);
    }

    /** What {@code into string} makes of a scalar (floats without a useless {@code .0}, asctime dates). */
    public static String intoString(Value v) {
        if (v instanceof Value.Float f) {
            String s = NumberText.floatText(f.value());
            return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        }
        if (v instanceof Value.Date d) return DateText.asctime(d.value());
        return toText(v);
    }

    /** A table cell's text. */
    public static String cell(Value v) {
        return cell(v, null);
    }

    static String cell(Value v, ZonedDateTime now) {
        if (v instanceof Value.Float f) return NumberText.floatCell(f.value(), 2);
        if (v instanceof Value.Date d) return DateText.humanize(d.value(), now(now));
        if (v instanceof Value.ListV l) {
            int n = l.items().size();
            if (n > 0 && l.items().stream().allMatch(x -> x instanceof Record)) return "[table " + n + (n == 1 ? " row]" : " rows]");
            return "[list " + n + (n == 1 ? " item]" : " items]");
        }
        if (v instanceof Record r) return "{record " + r.size() + (r.size() == 1 ? " field}" : " fields}");
        return toText(v, now);
    }

    /** Whether nu right-aligns this value in a table cell (numbers, durations; not filesizes or text). */
    public static boolean rightAligned(Value v) {
        return v instanceof Value.Int || v instanceof Value.Float || v instanceof Value.Duration;
    }

    /** A duration as nu prints it ({@code 1hr 30min}). */
    public static String duration(long nanos) { return DurationText.text(nanos); }

    /** A filesize as nu prints it ({@code 1.5 kB}). */
    public static String filesize(long bytes) { return NumberText.filesize(bytes); }

    /** A float as nu prints it ({@code 1.0}, {@code 0.30000000000000004}, never exponent notation). */
    public static String floatText(double d) { return NumberText.floatText(d); }

    /** A date as nu prints it at the top level: RFC 2822 plus the distance from now. */
    public static String date(ZonedDateTime d) { return DateText.full(d, ZonedDateTime.now()); }

    /** "2 years ago", "in an hour", "now". */
    public static String humanize(ZonedDateTime d, ZonedDateTime now) { return DateText.humanize(d, now); }

    /** {@code 1..5}, {@code 1..<5}, {@code 1..}; a step other than 1 shows as its second element ({@code 5..4..1}). */
    static String range(Value.RangeV r) {
        StringBuilder sb = new StringBuilder(toText(r.start()));
        Value end = r.end();
        boolean open = end == null || end == Value.NOTHING;
        Value step = r.step() != null ? r.step() : Value.of(!open && compare(r.start(), end) > 0 ? -1L : 1L);
        if (num(step) != 1) sb.append("..").append(toText(add(r.start(), step)));
        sb.append(r.inclusive() || open ? ".." : "..<");
        if (!open) sb.append(toText(end));
        return sb.toString();
    }

    private static int compare(Value a, Value b) {
        return Double.compare(num(a), num(b));
    }

    private static double num(Value v) {
        return v instanceof Value.Int i ? i.value() : v instanceof Value.Float f ? f.value() : 0;
    }

    private static Value add(Value a, Value b) {
        if (a instanceof Value.Int x && b instanceof Value.Int y) return Value.of(x.value() + y.value());
        return Value.of(num(a) + num(b));
    }

    private static String bytes(byte[] b) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < b.length; i++) sb.append(i > 0 ? ", " : "").append(b[i] & 0xff);
        return sb.append(']').toString();
    }

    private static String closure(Value.ClosureV c) {
        Object key = c.ast() != null ? c.ast() : c.target();
        return "closure_" + (key == null ? 0 : (System.identityHashCode(key) & 0x7fff));
    }

    private static String cellPath(Value.CellPathV p) {
        StringBuilder sb = new StringBuilder("$");
        for (var m : p.members()) sb.append('.').append(m);
        return sb.toString();
    }
}
