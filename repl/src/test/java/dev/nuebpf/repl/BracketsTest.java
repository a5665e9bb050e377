package dev.nuebpf.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BracketsTest {
    @Test void openBracketsContinue() {
        assertTrue(Brackets.incomplete("[1 2"));
        assertTrue(Brackets.incomplete("def f [] {\n  1"));
        assertTrue(Brackets.incomplete("(1 +"));
        assertFalse(Brackets.incomplete("[1 2\n3]"));
        assertFalse(Brackets.incomplete("1 + 1"));
    }

    @Test void stringsAndCommentsDoNotCount() {
        assertFalse(Brackets.incomplete("'[' | str length"));
        assertFalse(Brackets.incomplete("\"{\\\"\" | str length"));
        assertFalse(Brackets.incomplete("1 # ( not code"));
        assertTrue(Brackets.incomplete("\"unterminated"));
        assertTrue(Brackets.incomplete("r#'raw ( string"));
        assertFalse(Brackets.incomplete("r#'raw ( string'#"));
        assertFalse(Brackets.incomplete("`{`"));
    }
}
