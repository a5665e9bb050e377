package dev.nuebpf.truffle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Helpers for snippet tests: one shared shell, isolated evaluation, value builders. */
final class Snippets {
    static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
    static final Shell SHELL = Shell.create(ShellOptions.defaults().withStdout(new PrintStream(OUT, true)));

    private Snippets() {}

    static Value eval(String src) {
        EvalResult r = SHELL.evalIsolated(src);
        assertTrue(r.ok(), () -> src + " failed: " + r.error());
        return r.value();
    }

    static void check(String src, Value expected) {
        Value got = eval(src);
        assertTrue(ValueOps.equal(expected, got) && expected.getClass() == got.getClass(),
                () -> src + "\n  expected " + expected + "\n  got      " + got);
    }

    /** Asserts the snippet fails with the given diagnostic code. */
    static void fails(String src, String code) {
        EvalResult r = SHELL.evalIsolated(src);
        assertFalse(r.ok(), () -> src + " should fail but gave " + r.value());
        assertEquals(code, r.error().code(), () -> src + ": " + r.error());
    }

    static Value i(long v) { return Value.of(v); }
    static Value f(double v) { return Value.of(v); }
    static Value s(String v) { return Value.of(v); }
    static Value b(boolean v) { return Value.of(v); }

    static Value list(Object... items) {
        List<Value> out = new ArrayList<>();
        for (Object o : items) out.add(o instanceof Value v ? v : o instanceof String str ? Value.of(str)
                : o instanceof Integer n ? Value.of((long) n) : o instanceof Long n ? Value.of(n) : Value.of((Double) o));
        return new Value.ListV(out);
    }

    static Value rec(Object... kv) {
        Record.Builder b = Record.builder();
        for (int k = 0; k < kv.length; k += 2) {
            Object o = kv[k + 1];
            b.put((String) kv[k], o instanceof Value v ? v : o instanceof String str ? Value.of(str) : Value.of((long) (Integer) o));
        }
        return b.build();
    }
}
