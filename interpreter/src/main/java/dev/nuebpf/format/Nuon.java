package dev.nuebpf.format;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.PathMember;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * NUON: writing values exactly as nu 0.115's {@code to nuon} prints them, and parsing them back
 * ({@code from nuon}, see {@link NuonParser}). The conformance server serialises every result with
 * {@link #write(Value)}, so the formatting rules here were checked one by one against real nu.
 */
public final class Nuon {
    private Nuon() {}

    /**
     * How to print. {@code indent} null means single-line; {@code raw} drops all optional spaces;
     * {@code serialize} prints closures as their source instead of failing.
     */
    public record Options(String indent, boolean raw, boolean noCommas, boolean pretty, boolean listOfRecords,
                          boolean rawStrings, boolean serialize) {
        public static final Options DEFAULT = new Options(null, false, false, false, false, false, false);
    }

    /** Compact NUON, as {@code to nuon} prints by default. */
    public static String write(Value v) {
        return write(v, Options.DEFAULT, Span.UNKNOWN);
    }

    /** NUON with options; unsupported values (closures without serialize, errors) raise at {@code span}. */
    public static String write(Value v, Options o, Span span) {
        if (o.pretty() && o.indent() == null) o = new Options("  ", o.raw(), o.noCommas(), true, o.listOfRecords(), o.rawStrings(), o.serialize());
        if (o.raw()) o = new Options(null, true, o.noCommas(), false, o.listOfRecords(), o.rawStrings(), o.serialize());
        StringBuilder sb = new StringBuilder();
        new Writer(o, span, sb).value(v, 0, true);
        return sb.toString();
    }

    /** Parses NUON text ({@code from nuon}); errors are reported at {@code span}. */
    public static Value parse(String text, Span span) {
        return new NuonParser(text, span).parseDocument();
    }

    // ---- scalars shared with other formats -------------------------------------------------------

    /** Characters that force quoting of a string (or record key) in NUON; digits included, as nu does. */
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\\[\\]:`{}#'\";()|$,.\\d\\s!?=]", Pattern.UNICODE_CHARACTER_CLASS);

    /** Whether nu would quote this string when it appears inside a list or record. */
    public static boolean needsQuotes(String s) {
        if (s.isEmpty()) return true;
        switch (s) {
            case "true", "false", "null", "&&" -> { return true; }
            default -> { }
        }
        if (FLOAT_WORDS.matcher(s).matches()) return true;
        return NEEDS_QUOTES.matcher(s).find();
    }

    /** Words Rust parses as an f64 (so nu quotes them): inf, infinity, nan in any case, with a sign. */
    private static final Pattern FLOAT_WORDS = Pattern.compile("[+-]?(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    /** {@code "..."} with only {@code "} and {@code \} escaped (nu keeps newlines and tabs literal). */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') sb.append('\\');
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    /**
     * A float as nu writes it: {@code NaN}, {@code inf}, {@code -inf}; integral values with all their exact digits
     * and {@code .0}; others in the shortest round-tripping form, never with an exponent.
     */
    public static String formatFloat(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        if (d == Math.rint(d)) return new BigDecimal(d).toPlainString() + ".0";
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    /** RFC 3339 with the offset spelled out and a 0, 3, 6 or 9 digit fraction, as chrono's AutoSi prints. */
    public static String rfc3339(ZonedDateTime t) {
        StringBuilder sb = new StringBuilder();
        int y = t.getYear();
        if (y >= 0 && y <= 9999) sb.append(String.format("%04d", y));
        else sb.append(y < 0 ? "-" : "+").append(String.format("%06d", Math.abs(y)));
        sb.append(String.format("-%02d-%02dT%02d:%02d:%02d", t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond()));
        int n = t.getNano();
        if (n != 0) {
            if (n % 1_000_000 == 0) sb.append(String.format(".%03d", n / 1_000_000));
            else if (n % 1000 == 0) sb.append(String.format(".%06d", n / 1000));
            else sb.append(String.format(".%09d", n));
        }
        int off = t.getOffset().getTotalSeconds();
        sb.append(off < 0 ? '-' : '+');
        off = Math.abs(off);
        sb.append(String.format("%02d:%02d", off / 3600, off / 60 % 60));
        return sb.toString();
    }

    /** {@code $.a.0."b c"?} */
    public static String cellPath(List<PathMember> members) {
        StringBuilder sb = new StringBuilder("$");
        if (members.isEmpty()) return "$.";
        for (PathMember m : members) {
            sb.append('.');
            if (m.isIndex()) sb.append(m.index());
            else sb.append(needsQuotes(m.name()) ? quote(m.name()) : m.name());
            if (m.optional()) sb.append('?');
            if (m.caseInsensitive()) sb.append('!');
        }
        return sb.toString();
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder("0x[");
        for (byte b : bytes) sb.append(Character.toUpperCase(Character.forDigit((b >> 4) & 15, 16))).append(Character.toUpperCase(Character.forDigit(b & 15, 16)));
        return sb.append(']').toString();
    }

    static ShellException unsupported(String what, Span span) {
        return new ShellException(Diagnostic.builder("nu::shell::unsupported_input", "Unsupported input")
                .label(span, what).build());
    }

    /** The recursive printer; one instance per call. */
    private static final class Writer {
        private final Options o;
        private final Span span;
        private final StringBuilder sb;

        Writer(Options o, Span span, StringBuilder sb) {
            this.o = o;
            this.span = span;
            this.sb = sb;
        }

        private String sep() { return o.raw() ? (o.noCommas() ? "" : ",") : o.noCommas() ? " " : ", "; }
        private String colon() { return o.raw() ? ":" : ": "; }

        private void newline(int depth) {
            sb.append('\n');
            for (int i = 0; i < depth; i++) sb.append(o.indent());
        }

        void value(Value v, int depth, boolean top) {
            switch (v) {
                case Value.Str s -> string(s.value(), top);
                case Value.Glob g -> string(g.pattern(), true); // nu always quotes globs
                case Value.Int i -> sb.append(i.value());
                case Value.Float f -> sb.append(formatFloat(f.value()));
                case Value.Bool b -> sb.append(b.value());
                case Value.Nothing n -> sb.append("null");
                case Value.Duration d -> sb.append(d.nanos()).append("ns");
                case Value.Filesize f -> sb.append(f.bytes()).append('b');
                case Value.Date d -> sb.append(rfc3339(d.value()));
                case Value.Binary b -> sb.append(hex(b.bytes()));
                case Value.CellPathV c -> sb.append(cellPath(c.members()));
                case Value.RangeV r -> range(r);
                case Value.ListV l -> list(l.items(), depth);
                case Record r -> record(r, depth);
                case Value.ClosureV c -> {
                    if (!o.serialize()) throw unsupported("closures are currently not deserializable (use --serialize to serialize as a string)", span);
                    string(c.ast() == null ? "<closure>" : c.ast().span().text(), top);
                }
                case Value.ErrorV e -> throw new ShellException(e.diagnostic());
                case Value.Custom c -> string(ValueDisplay.toText(c), top);
            }
        }

        private void string(String s, boolean top) {
            if (o.rawStrings() && s.indexOf('"') >= 0) {
                String hashes = "#";
                while (s.contains("'" + hashes)) hashes += "#";
                sb.append('r').append(hashes).append('\'').append(s).append('\'').append(hashes);
            } else if (top || needsQuotes(s)) sb.append(quote(s));
            else sb.append(s);
        }

        private void key(String k) { sb.append(needsQuotes(k) ? quote(k) : k); }

        private void range(Value.RangeV r) {
            Value start = r.start() == null || r.start() == Value.NOTHING ? Value.of(0L) : r.start();
            Value end = r.end() == Value.NOTHING ? null : r.end();
            boolean isFloat = start instanceof Value.Float || r.step() instanceof Value.Float || end instanceof Value.Float;
            double s = num(start);
            double step;
            if (r.step() != null && r.step() != Value.NOTHING) step = num(r.step());
            else step = end != null && num(end) < s ? -1 : 1;
            sb.append(isFloat ? formatFloat(s) : Long.toString((long) s));
            if (step != 1) {
                sb.append("..");
                if (isFloat) sb.append(formatFloat(s + step));
                else sb.append(((Value.Int) start).value() + (long) step);
            }
            sb.append(r.inclusive() || end == null ? ".." : "..<");
            if (end != null) sb.append(isFloat ? formatFloat(num(end)) : Long.toString(((Value.Int) end).value()));
        }

        private static double num(Value v) {
            if (v instanceof Value.Int i) return i.value();
            if (v instanceof Value.Float f) return f.value();
            return 0;
        }

        private void list(List<Value> items, int depth) {
            List<String> cols = o.listOfRecords() ? null : tableColumns(items);
            sb.append('[');
            if (cols != null) {
                table(cols, items, depth);
                return;
            }
            boolean indent = o.indent() != null;
            // --list-of-records keeps each row of a would-be table on one line
            boolean inlineRows = o.listOfRecords() && indent && tableColumns(items) != null;
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) sb.append(indent ? (o.noCommas() ? "" : ",") : sep());
                if (indent) newline(depth + 1);
                if (inlineRows) {
                    new Writer(new Options(null, o.raw(), o.noCommas(), false, true, o.rawStrings(), o.serialize()), span, sb)
                            .value(items.get(i), depth + 1, false);
                } else value(items.get(i), depth + 1, false);
            }
            if (indent) {
                if (items.isEmpty()) sb.append('\n');
                newline(depth);
            }
            sb.append(']');
        }

        /** The shared columns if this list prints as a table: non-empty records, same keys in the same order. */
        private static List<String> tableColumns(List<Value> items) {
            if (items.isEmpty() || !(items.get(0) instanceof Record first) || first.isEmpty()) return null;
            for (Value v : items) if (!(v instanceof Record r) || !r.keys().equals(first.keys())) return null;
            return first.keys();
        }

        private void table(List<String> cols, List<Value> rows, int depth) {
            boolean indent = o.indent() != null;
            String rowSep = o.raw() ? (o.noCommas() ? "" : ",") : o.noCommas() ? (indent ? "  " : " ") : ", ";
            int n = cols.size();
            String[][] cells = new String[rows.size() + 1][n];
            for (int c = 0; c < n; c++) cells[0][c] = needsQuotes(cols.get(c)) ? quote(cols.get(c)) : cols.get(c);
            for (int r = 0; r < rows.size(); r++) {
                Record rec = (Record) rows.get(r);
                for (int c = 0; c < n; c++) {
                    StringBuilder cell = new StringBuilder();
                    new Writer(new Options(o.indent(), o.raw(), o.noCommas(), false, o.listOfRecords(), o.rawStrings(), o.serialize()), span, cell)
                            .value(rec.values().get(c), depth + 2, false);
                    cells[r + 1][c] = cell.toString();
                }
            }
            int[] width = new int[n];
            if (o.pretty()) for (String[] row : cells) for (int c = 0; c < n - 1; c++) width[c] = Math.max(width[c], row[c].length() + 1);
            for (int r = 0; r < cells.length; r++) {
                if (indent) newline(depth + 1);
                sb.append('[');
                for (int c = 0; c < n; c++) {
                    String cell = cells[r][c];
                    if (c < n - 1 && o.pretty() && !o.noCommas()) {
                        sb.append(cell).append(',');
                        sb.append(" ".repeat(width[c] - cell.length()));
                    } else {
                        sb.append(cell);
                        if (c < n - 1) sb.append(rowSep);
                    }
                }
                sb.append(']');
                if (r == 0) sb.append(';');
                else if (r < cells.length - 1 && !(indent && o.noCommas())) sb.append(indent ? "," : sep());
                if (r == 0 && !indent && !o.raw()) sb.append(' ');
            }
            if (indent) newline(depth);
            sb.append(']');
        }

        private void record(Record r, int depth) {
            boolean indent = o.indent() != null;
            sb.append('{');
            for (int i = 0; i < r.size(); i++) {
                if (i > 0) sb.append(indent ? (o.noCommas() ? "" : ",") : sep());
                if (indent) newline(depth + 1);
                key(r.keys().get(i));
                sb.append(colon());
                value(r.values().get(i), depth + 1, false);
            }
            if (indent) {
                if (r.isEmpty()) sb.append('\n');
                newline(depth);
            }
            sb.append('}');
        }
    }
}
