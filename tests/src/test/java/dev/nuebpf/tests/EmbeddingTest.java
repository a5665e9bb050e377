package dev.nuebpf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * nu-ebpf as an embedded language, the way README.md shows it: a JVM program evaluates Nushell through the
 * GraalVM polyglot API and gets records as members, lists as arrays, errors as exceptions with locations.
 */
class EmbeddingTest {
    @Test void tableFilteredThroughPolyglot() {
        try (Context ctx = Context.newBuilder("nu").build()) {
            Value v = ctx.eval("nu", "[{name: a, size: 10} {name: b, size: 20}] | where size > 15");
            assertTrue(v.hasArrayElements(), "a list is an array");
            assertEquals(1, v.getArraySize());
            Value row = v.getArrayElement(0);
            assertTrue(row.hasMember("name"), "a record has its columns as members");
            assertEquals("b", row.getMember("name").asString());
            assertEquals(20, row.getMember("size").asLong());
        }
    }

    @Test void scalarsAndDefinitionsInOneContext() {
        try (Context ctx = Context.newBuilder("nu").build()) {
            assertEquals(12, ctx.eval("nu", "[1 2 3] | each {|x| $x * 2 } | math sum").asLong());
            assertEquals("HELLO", ctx.eval("nu", "'hello' | str upcase").asString());
            assertEquals(2.5, ctx.eval("nu", "10 / 4").asDouble());
        }
    }

    @Test void nushellErrorIsPolyglotExceptionWithLocation() {
        try (Context ctx = Context.newBuilder("nu").build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> ctx.eval("nu", "{a:1} | get b"));
            assertTrue(e.isGuestException(), "a Nushell error, not an internal one");
            assertTrue(e.getMessage().contains("Cannot find column"), e.getMessage());
            SourceSection at = e.getSourceLocation();
            assertNotNull(at, "the error knows where it happened");
            assertEquals(1, at.getStartLine());
            assertEquals("b", at.getCharacters().toString());
        }
    }
}
