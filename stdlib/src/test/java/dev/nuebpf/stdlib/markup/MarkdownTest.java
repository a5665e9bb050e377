package dev.nuebpf.stdlib.markup;

import static dev.nuebpf.stdlib.testing.V.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.testing.FakeCall;
import org.junit.jupiter.api.Test;

class MarkdownTest {
    private static Value span(int l1, int c1, int l2, int c2) {
        return rec("start", rec("line", l1, "column", c1), "end", rec("line", l2, "column", c2));
    }

    @Test void reducedRows() {
        Value rows = FakeCall.of(new FromMdCommand()).run(s("---\ntitle: Demo\n---\n# A *x*\n\n```rust\nhello\n```"));
        assertEquals(list(
                rec("element", "yaml", "content", "title: Demo", "content_span", span(1, 1, 3, 4)),
                rec("element", "text", "content", "A ", "content_span", span(4, 3, 4, 5), "attributes", rec("depth", 1, "level", 1)),
                rec("element", "emphasis", "content", "x", "content_span", span(4, 5, 4, 8), "attributes", rec("depth", 1, "level", 1)),
                rec("element", "code", "content", "hello", "content_span", span(6, 1, 8, 4), "attributes", rec("lang", "rust"))), rows);
    }

    @Test void verboseAst() {
        Value ast = FakeCall.of(new FromMdCommand()).sw("verbose").run(s("a **b** `c`"));
        Value text = rec("type", "text", "position", span(1, 5, 1, 6), "attrs", rec("value", "b"), "children", list());
        assertEquals(list(
                rec("type", "text", "position", span(1, 1, 1, 3), "attrs", rec("value", "a "), "children", list()),
                rec("type", "strong", "position", span(1, 3, 1, 8), "attrs", rec(), "children", list(text)),
                rec("type", "text", "position", span(1, 8, 1, 9), "attrs", rec("value", " "), "children", list()),
                rec("type", "code_inline", "position", span(1, 9, 1, 12), "attrs", rec("value", "c"), "children", list())), ast);
    }
}
