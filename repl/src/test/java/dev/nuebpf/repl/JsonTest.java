package dev.nuebpf.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test void readsStringMembersAndSkipsOthers() {
        Map<String, String> m = Json.readObject(
                "{\"id\": \"pub-1\", \"n\": 3.5e2, \"x\": [1, {\"a\": null}, \"s\"], \"src\": \"a\\n\\\"b\\\"\\u00e9\\ud83d\\ude00\", \"t\": true}");
        assertEquals("pub-1", m.get("id"));
        assertEquals("a\n\"b\"é😀", m.get("src"));
        assertEquals(2, m.size());
    }

    @Test void quotesWhatJsonNeeds() {
        assertEquals("\"a\\nb\\t\\\"c\\\\\\u0001\"", Json.quote("a\nb\t\"c\\\u0001"));
        assertEquals("\"é😀\"", Json.quote("é😀"));
    }

    @Test void rejectsGarbage() {
        assertThrows(IllegalArgumentException.class, () -> Json.readObject("not json"));
        assertThrows(IllegalArgumentException.class, () -> Json.readObject("{\"id\": \"x\""));
    }
}
