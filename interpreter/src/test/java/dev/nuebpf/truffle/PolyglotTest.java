package dev.nuebpf.truffle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** Embedding through the polyglot API: interop values out, nu errors as PolyglotException with a location. */
class PolyglotTest {
    @Test void evalReturnsInteropValues() {
        try (Context ctx = Context.newBuilder("nu").option("engine.WarnInterpreterOnly", "false").build()) {
            assertEquals(3, ctx.eval("nu", "1 + 2").asLong());
            assertEquals("ab", ctx.eval("nu", "'a' ++ 'b'").asString());
            assertTrue(ctx.eval("nu", "null").isNull());
            Value list = ctx.eval("nu", "[1 2 3]");
            assertTrue(list.hasArrayElements());
            assertEquals(3, list.getArraySize());
            assertEquals(2, list.getArrayElement(1).asLong());
            Value rec = ctx.eval("nu", "{name: 'nu', tags: [a b], n: 1.5}");
            assertTrue(rec.hasMembers());
            assertEquals("nu", rec.getMember("name").asString());
            assertEquals(2, rec.getMember("tags").getArraySize());
            assertEquals(1.5, rec.getMember("n").asDouble());
            assertEquals(java.util.Set.of("name", "tags", "n"), rec.getMemberKeys());
        }
    }

    @Test void errorsAreExceptionsWithLocations() {
        try (Context ctx = Context.newBuilder("nu").option("engine.WarnInterpreterOnly", "false").build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> ctx.eval("nu", "let x = 1\n{a: 1}.nope"));
            assertTrue(e.isGuestException());
            assertTrue(e.getMessage().contains("nope"), e.getMessage());
            SourceSection loc = e.getSourceLocation();
            assertTrue(loc != null, "no source location");
            assertEquals(2, loc.getStartLine());
            assertEquals("nope", loc.getCharacters().toString());
        }
    }

    @Test void evalsAreIndependent() {
        try (Context ctx = Context.newBuilder("nu").option("engine.WarnInterpreterOnly", "false").build()) {
            ctx.eval("nu", "def f [] { 1 }");
            assertThrows(PolyglotException.class, () -> ctx.eval("nu", "let y = f; $y + $undefined_var"));
        }
    }
}
