package dev.nuebpf.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The type names error messages and {@code describe} share: the strings are real nu 0.115.1's. */
class TypesTest {
    private static Value rec(Object... kv) {
        Record.Builder b = Record.builder();
        for (int i = 0; i < kv.length; i += 2) b.put((String) kv[i], (Value) kv[i + 1]);
        return b.build();
    }

    private static Value list(Value... vs) { return new Value.ListV(List.of(vs)); }

    @Test void namesFollowNu() {
        assertEquals("int", Types.of(Value.of(1L)));
        assertEquals("nothing", Types.of(null));
        assertEquals("list<number>", Types.of(list(Value.of(1L), new Value.Float(2.5))));
        assertEquals("list<any>", Types.of(list()));
        assertEquals("list<oneof<int, string>>", Types.of(list(Value.of(1L), Value.of("a"))));
        assertEquals("record<a: list<int>>", Types.of(rec("a", list(Value.of(1L)))));
        // a table keeps the columns every row has (nu: `[{a: 1, b: 2} {a: 2}] | describe` is table<a: int>)
        assertEquals("table<a: int>", Types.of(list(rec("a", Value.of(1L), "b", Value.of(2L)), rec("a", Value.of(2L)))));
        assertEquals("table", Types.of(list(rec("a", Value.of(1L)), rec("b", Value.of(2L)))));
        assertEquals("list<oneof<record<a: int>, int>>", Types.of(list(rec("a", Value.of(1L)), Value.of(2L))));
    }
}
