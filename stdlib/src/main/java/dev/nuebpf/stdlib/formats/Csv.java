package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Errors;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.List;

/** Delimiter-separated values (CSV, TSV): writing tables and reading text with nu's type inference. */
final class Csv {
    private Csv() {}

    /** Options for reading. {@code trim} is "all", "headers", "fields" or null. */
    record ReadOptions(char sep, char quote, Character escape, Character comment, boolean noHeaders, boolean flexible,
                       boolean noInfer, String trim) {}

    // ---- writing ---------------------------------------------------------------------------------

    static String write(Value input, char sep, boolean noHeaders, List<String> columns, Span head) {
        return write(input, sep, noHeaders, columns, false, head);
    }

    /**
     * {@code streamed}: the rows came from a stream, so (like nu) the first row fixes the columns and a
     * later row with a new column is an error.
     */
    static String write(Value input, char sep, boolean noHeaders, List<String> columns, boolean streamed, Span head) {
        List<Record> rows = new ArrayList<>();
        if (input instanceof Record r) rows.add(r);
        else if (input instanceof Value.ListV l) {
            for (Value v : l.items()) {
                if (v instanceof Record r) rows.add(r);
                else throw ShellException.of("nu::parser::input_type_mismatch", "Command does not support list<" + v.typeName() + "> input.",
                        head, "command doesn't support list<" + v.typeName() + "> input");
            }
        } else if (input == Value.NOTHING) {
            return "";
        } else {
            throw ShellException.of("nu::parser::input_type_mismatch", "Command does not support " + input.typeName() + " input.",
                    head, "command doesn't support " + input.typeName() + " input");
        }
        List<String> cols = new ArrayList<>();
        if (columns != null) cols.addAll(columns);
        else if (streamed && !rows.isEmpty()) {
            cols.addAll(rows.get(0).keys());
            for (Record r : rows) {
                for (String k : r.keys()) {
                    if (!cols.contains(k)) {
                        throw ShellException.of("nu::shell::error", "streamed csv schema changed: new column '" + k + "' appeared after output started",
                                head, "CSV output started with a specific set of columns, but a later row contains an unexpected column.",
                                "use `to csv --columns [...]` or `collect` before `to csv`");
                    }
                }
            }
        } else for (Record r : rows) for (String k : r.keys()) if (!cols.contains(k)) cols.add(k);
        if (cols.isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        if (!noHeaders) line(sb, cols, sep);
        for (Record r : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : cols) cells.add(cell(r.get(c), head));
            line(sb, cells, sep);
        }
        return sb.toString();
    }

    private static String cell(Value v, Span head) {
        if (v == null || v == Value.NOTHING) return "";
        return switch (v) {
            case Value.Float f -> Nuon.formatFloat(f.value());
            case Value.ListV l -> throw cantConvert(v, head);
            case Record r -> throw cantConvert(v, head);
            case Value.ClosureV c -> throw cantConvert(v, head);
            default -> ValueDisplay.toText(v);
        };
    }

    private static ShellException cantConvert(Value v, Span head) {
        return Errors.cantConvert("string", v.typeName(), head, "only simple values are supported for CSV output");
    }

    private static void line(StringBuilder sb, List<String> cells, char sep) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(sep);
            String c = cells.get(i);
            boolean quote = c.indexOf(sep) >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0
                    || (c.isEmpty() && cells.size() == 1);
            if (quote) sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            else sb.append(c);
        }
        sb.append('\n');
    }

    // ---- reading ---------------------------------------------------------------------------------

    static Value read(String text, ReadOptions o, Span head) {
        List<List<String>> records = split(text, o);
        List<String> headers;
        int start;
        if (o.noHeaders()) {
            int max = 0;
            for (List<String> r : records) max = Math.max(max, r.size());
            headers = new ArrayList<>();
            for (int i = 0; i < max; i++) headers.add("column" + i);
            start = 0;
        } else {
            if (records.isEmpty()) return new Value.ListV(List.of());
            headers = new ArrayList<>();
            for (String h : records.get(0)) headers.add(trimHeaders(o) ? h.trim() : h);
            start = 1;
        }
        List<Value> rows = new ArrayList<>();
        for (int i = start; i < records.size(); i++) {
            List<String> fields = records.get(i);
            if (!o.flexible() && fields.size() != headers.size()) {
                throw ShellException.of("nu::shell::delimiter_error", "Delimiter error", head,
                        "CSV error: record " + i + ": found record with " + fields.size() + " fields, but the previous record has "
                                + headers.size() + " fields");
            }
            Record.Builder b = Record.builder();
            for (int c = 0; c < fields.size(); c++) {
                String name = c < headers.size() ? headers.get(c) : "column" + c;
                String f = trimFields(o) ? fields.get(c).trim() : fields.get(c);
                b.put(name, o.noInfer() ? Value.of(f) : infer(f));
            }
            rows.add(b.build());
        }
        return new Value.ListV(rows);
    }

    private static boolean trimHeaders(ReadOptions o) { return "all".equals(o.trim()) || "headers".equals(o.trim()); }
    private static boolean trimFields(ReadOptions o) { return "all".equals(o.trim()) || "fields".equals(o.trim()); }

    /** Ints and floats are recognised; everything else stays a string (as nu's CSV reader does). */
    static Value infer(String f) {
        if (f.matches("[+-]?\\d+")) {
            try {
                return Value.of(Long.parseLong(f.startsWith("+") ? f.substring(1) : f));
            } catch (NumberFormatException e) {
                return Value.of(f);
            }
        }
        if (f.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) return Value.of(Double.parseDouble(f));
        switch (f.toLowerCase()) {
            case "nan", "+nan", "-nan" -> { return Value.of(Double.NaN); }
            case "inf", "+inf", "infinity", "+infinity" -> { return Value.of(Double.POSITIVE_INFINITY); }
            case "-inf", "-infinity" -> { return Value.of(Double.NEGATIVE_INFINITY); }
            default -> { return Value.of(f); }
        }
    }

    /** RFC 4180 records; blank lines and comment lines are skipped. */
    static List<List<String>> split(String s, ReadOptions o) {
        List<List<String>> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean lineStart = true;
        boolean any = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (lineStart && o.comment() != null && c == o.comment()) {
                while (i < s.length() && s.charAt(i) != '\n') i++;
                i++;
                continue;
            }
            lineStart = false;
            if (c == o.quote() && field.length() == 0) {
                i++;
                while (i < s.length()) {
                    char q = s.charAt(i);
                    if (o.escape() != null && q == o.escape() && o.escape() != o.quote() && i + 1 < s.length()) {
                        field.append(s.charAt(i + 1));
                        i += 2;
                    } else if (q == o.quote()) {
                        if (i + 1 < s.length() && s.charAt(i + 1) == o.quote()) {
                            field.append(q);
                            i += 2;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        field.append(q);
                        i++;
                    }
                }
                any = true;
                continue;
            }
            if (c == o.sep()) {
                cur.add(field.toString());
                field.setLength(0);
                any = true;
                i++;
            } else if (c == '\n' || c == '\r') {
                if (any || field.length() > 0) {
                    cur.add(field.toString());
                    out.add(cur);
                }
                cur = new ArrayList<>();
                field.setLength(0);
                any = false;
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                i++;
                lineStart = true;
            } else {
                field.append(c);
                i++;
            }
        }
        if (any || field.length() > 0) {
            cur.add(field.toString());
            out.add(cur);
        }
        return out;
    }
}
