package dev.nuebpf.runtime;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nushell's full type strings as {@code describe} prints them and errors quote them:
 * {@code list<int>}, {@code record<a: int, b: string>}, {@code table<a: number>}, {@code list<oneof<int, string>>}.
 * A list's element type is the single type of all items, {@code number} for ints mixed with floats,
 * a table when all items are records (with the columns they share), else a {@code oneof}.
 */
public final class TypeNames {
    private TypeNames() {}

    public static String of(Value v) { return typeOf(v).toString(); }

    /** A type: a plain name, or record/table with typed columns, or list with an element type, or oneof. */
    private record Ty(String kind, String name, Map<String, Ty> columns, Ty element, List<Ty> options) {
        static Ty simple(String n) { return new Ty("simple", n, null, null, null); }

        @Override public String toString() {
            switch (kind) {
                case "record", "table" -> {
                    if (columns.isEmpty()) return kind;
                    StringBuilder sb = new StringBuilder(kind).append('<');
                    int i = 0;
                    for (var e : columns.entrySet()) sb.append(i++ > 0 ? ", " : "").append(e.getKey()).append(": ").append(e.getValue());
                    return sb.append('>').toString();
                }
                case "list" -> { return "list<" + element + ">"; }
                case "oneof" -> {
                    StringBuilder sb = new StringBuilder("oneof<");
                    for (int i = 0; i < options.size(); i++) sb.append(i > 0 ? ", " : "").append(options.get(i));
                    return sb.append('>').toString();
                }
                default -> { return name; }
            }
        }
    }

    private static Ty typeOf(Value v) {
        if (v instanceof Record r) {
            Map<String, Ty> cols = new LinkedHashMap<>();
            for (int i = 0; i < r.size(); i++) cols.put(r.keys().get(i), typeOf(r.values().get(i)));
            return new Ty("record", "record", cols, null, null);
        }
        if (v instanceof Value.ListV l) {
            List<Ty> items = new ArrayList<>();
            for (Value item : l.items()) items.add(typeOf(item));
            Ty elem = merge(items);
            if (elem.kind.equals("record")) return new Ty("table", "table", elem.columns, null, null);
            return new Ty("list", "list", null, elem, null);
        }
        return Ty.simple(v.typeName());
    }

    /** The common type of several values' types. */
    private static Ty merge(List<Ty> types) {
        List<Ty> distinct = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Ty t : types) {
            String s = t.toString();
            if (!seen.contains(s)) {
                seen.add(s);
                distinct.add(t);
            }
        }
        if (distinct.isEmpty()) return Ty.simple("any");
        if (distinct.size() == 1) return distinct.get(0);
        if (distinct.stream().allMatch(t -> t.kind.equals("record"))) return commonColumns(distinct);
        List<Ty> opts = new ArrayList<>();
        boolean numberAdded = false;
        for (Ty t : distinct) {
            boolean numeric = t.kind.equals("simple") && (t.name.equals("int") || t.name.equals("float") || t.name.equals("number"));
            boolean mixedNumbers = numeric && distinct.stream().filter(x -> x.kind.equals("simple")
                    && (x.name.equals("int") || x.name.equals("float") || x.name.equals("number"))).count() > 1;
            if (mixedNumbers) {
                if (!numberAdded) opts.add(Ty.simple("number"));
                numberAdded = true;
            } else opts.add(t);
        }
        return opts.size() == 1 ? opts.get(0) : new Ty("oneof", "oneof", null, null, opts);
    }

    private static Ty commonColumns(List<Ty> records) {
        Map<String, Ty> cols = new LinkedHashMap<>();
        for (String k : records.get(0).columns.keySet()) {
            List<Ty> colTypes = new ArrayList<>();
            boolean everywhere = true;
            for (Ty r : records) {
                Ty t = r.columns.get(k);
                if (t == null) everywhere = false;
                else colTypes.add(t);
            }
            if (everywhere) cols.put(k, merge(colTypes));
        }
        return new Ty("record", "record", cols, null, null);
    }
}
