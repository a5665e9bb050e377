package dev.nuebpf.syntax.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Variables visible while parsing, for Nushell's parse-time {@code variable_not_found}. After a
 * {@code use}/{@code source}/{@code overlay} whose file we did not read, names may come from there, so
 * the check is switched off ("lenient") rather than reporting false errors.
 */
final class Scopes {
    private final Deque<Set<String>> frames = new ArrayDeque<>();
    private boolean lenient;

    Scopes() {
        Set<String> global = new HashSet<>();
        global.add("in");
        global.add("env");
        global.add("nu");
        frames.push(global);
    }

    void push() { frames.push(new HashSet<>()); }

    void pop() { if (frames.size() > 1) frames.pop(); }

    void declare(String name) { frames.peek().add(name); }

    void setLenient() { lenient = true; }

    boolean isLenient() { return lenient; }

    boolean known(String name) {
        if (lenient) return true;
        for (Set<String> f : frames) if (f.contains(name)) return true;
        return false;
    }
}
