package dev.nuebpf.stdlib.common;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import java.util.Comparator;

/**
 * The value order of sort/sort-by/uniq: {@link ValueOps#compare} plus the string options
 * ({@code --ignore-case}, {@code --natural}: digit runs compare as numbers, so "9" &lt; "10").
 */
public final class Sorting {
    private Sorting() {}

    public static Comparator<Value> comparator(boolean ignoreCase, boolean natural) {
        return (a, b) -> compare(a, b, ignoreCase, natural);
    }

    public static int compare(Value a, Value b, boolean ignoreCase, boolean natural) {
        if (a instanceof Value.Str x && b instanceof Value.Str y) {
            String p = x.value(), q = y.value();
            if (ignoreCase) {
                p = p.toLowerCase();
                q = q.toLowerCase();
            }
            return natural ? naturalCompare(p, q) : p.compareTo(q);
        }
        if (natural && (a instanceof Value.Str || b instanceof Value.Str) && (ValueOps.isNumber(a) || ValueOps.isNumber(b))) {
            String p = a instanceof Value.Str s ? s.value() : dev.nuebpf.format.ValueDisplay.toText(a);
            String q = b instanceof Value.Str s ? s.value() : dev.nuebpf.format.ValueDisplay.toText(b);
            return naturalCompare(p, q);
        }
        if (a instanceof Record x && b instanceof Record y) {
            int n = Math.min(x.size(), y.size());
            for (int i = 0; i < n; i++) {
                int c = x.keys().get(i).compareTo(y.keys().get(i));
                if (c != 0) return c;
                c = compare(x.values().get(i), y.values().get(i), ignoreCase, natural);
                if (c != 0) return c;
            }
            return Integer.compare(x.size(), y.size());
        }
        if (a instanceof Value.ListV x && b instanceof Value.ListV y) {
            int n = Math.min(x.items().size(), y.items().size());
            for (int i = 0; i < n; i++) {
                int c = compare(x.items().get(i), y.items().get(i), ignoreCase, natural);
                if (c != 0) return c;
            }
            return Integer.compare(x.items().size(), y.items().size());
        }
        return ValueOps.compare(a, b);
    }

    /** Compares strings with runs of digits taken as numbers. */
    public static int naturalCompare(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            char c = a.charAt(i), d = b.charAt(j);
            if (Character.isDigit(c) && Character.isDigit(d)) {
                int si = i, sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
                while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
                String x = a.substring(si, i).replaceFirst("^0+(?=.)", ""), y = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                if (x.length() != y.length()) return Integer.compare(x.length(), y.length());
                int cmp = x.compareTo(y);
                if (cmp != 0) return cmp;
            } else {
                if (c != d) return Character.compare(c, d);
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
