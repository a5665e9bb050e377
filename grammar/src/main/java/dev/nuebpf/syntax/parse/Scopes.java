package dev.nuebpf.syntax.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Variables visible while parsing, for Nushell's parse-time checks: {@code variable_not_found}, assignment
 * to immutable variables, and closures capturing mutable ones. After a {@code use}/{@code source}/
 * {@code overlay} whose file we did not read, names may come from there, so the not-found check is switched
 * off ("lenient") rather than reporting false errors.
 */
final class Scopes {
    /** How a visible variable was found: null when unknown. */
    enum Found { IMMUTABLE, MUTABLE, MUTABLE_CAPTURED }

    private static final class Frame {
        final Map<String, Boolean> vars = new HashMap<>();
        final boolean closure;

        Frame(boolean closure) { this.closure = closure; }
    }

    private final Deque<Frame> frames = new ArrayDeque<>();
    private final java.util.function.Function<String, Boolean> host;
    private boolean lenient;

    Scopes() { this(name -> null); }

    /** {@code host} answers for variables defined before this source (TRUE mutable, FALSE immutable, null unknown). */
    Scopes(java.util.function.Function<String, Boolean> host) {
        this.host = host;
        Frame global = new Frame(false);
        global.vars.put("in", false);
        global.vars.put("env", true);
        global.vars.put("nu", false);
        frames.push(global);
    }

    void push() { frames.push(new Frame(false)); }

    /** A closure or def body: mutable variables from outside cannot be captured. */
    void pushClosure() { frames.push(new Frame(true)); }

    void pop() { if (frames.size() > 1) frames.pop(); }

    void declare(String name) { frames.peek().vars.put(name, false); }

    void declareMutable(String name) { frames.peek().vars.put(name, true); }

    void setLenient() { lenient = true; }

    boolean isLenient() { return lenient; }

    boolean known(String name) { return lenient || find(name) != null; }

    Found find(String name) {
        boolean crossed = false;
        for (Iterator<Frame> it = frames.iterator(); it.hasNext(); ) {
            Frame f = it.next();
            Boolean mutable = f.vars.get(name);
            if (mutable != null) {
                if (!mutable) return Found.IMMUTABLE;
                return crossed && !name.equals("env") ? Found.MUTABLE_CAPTURED : Found.MUTABLE;
            }
            if (f.closure) crossed = true;
        }
        Boolean h = host.apply(name);
        if (h == null) return null;
        if (!h) return Found.IMMUTABLE;
        return crossed ? Found.MUTABLE_CAPTURED : Found.MUTABLE;
    }
}
