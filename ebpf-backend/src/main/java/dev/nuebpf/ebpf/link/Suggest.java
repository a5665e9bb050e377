package dev.nuebpf.ebpf.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean ...": the nearest names by edit distance, with substring matches ranked first. */
public final class Suggest {
    private Suggest() {}

    public static List<String> near(String wanted, Collection<String> names, int max) {
        record Scored(String name, int score) {}
        List<Scored> scored = new ArrayList<>();
        int limit = Math.max(2, wanted.length() / 3);
        for (String n : names) {
            int d = n.contains(wanted) || wanted.contains(n) && n.length() > 3 ? Math.abs(n.length() - wanted.length()) / 4
                    : distance(wanted, n, limit);
            if (d <= limit) scored.add(new Scored(n, d));
        }
        scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
        return scored.stream().limit(max).map(Scored::name).toList();
    }

    /** Levenshtein distance, giving up (returning limit+1) once it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) return limit + 1;
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) return limit + 1;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    public static String didYouMean(List<String> s) {
        return s.isEmpty() ? null : "did you mean " + String.join(", ", s.stream().map(x -> "`" + x + "`").toList()) + "?";
    }
}
