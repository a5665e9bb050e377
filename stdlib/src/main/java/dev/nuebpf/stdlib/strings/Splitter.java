package dev.nuebpf.stdlib.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splitting the way Rust's split/splitn/rsplitn do (which nu uses): an empty separator matches between
 * every character and at both ends, so {@code 'abc'} splits by {@code ''} into {@code ["" a b c ""]}.
 */
final class Splitter {
    private Splitter() {}

    /**
     * The pieces of {@code s} between matches of {@code p}; {@code limit} (or -1) caps the number of pieces,
     * counting from the right when {@code right} (the leftover stays joined in the first piece).
     */
    static List<String> split(String s, Pattern p, int limit, boolean right) {
        List<int[]> matches = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) matches.add(new int[] {m.start(), m.end()});
        if (limit == 0) return List.of();
        if (limit > 0 && matches.size() > limit - 1) {
            matches = right ? matches.subList(matches.size() - (limit - 1), matches.size()) : matches.subList(0, limit - 1);
        }
        List<String> out = new ArrayList<>();
        int last = 0;
        for (int[] mm : matches) {
            out.add(s.substring(last, mm[0]));
            last = mm[1];
        }
        out.add(s.substring(last));
        return out;
    }
}
