package dev.nuebpf.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WarmupTest {
    @Test void aHintIsAWordOfItsOwn() {
        assertTrue(Warmup.mentions("ls | where size > 1kb", "ls"));
        assertTrue(Warmup.mentions("let t = (date now)", "date"));
        assertTrue(Warmup.mentions("ebpf attach 'kprobe:x' {|| bpf-tgid | bpf-emit }", "ebpf"));
        assertFalse(Warmup.mentions("if false { 1 } else { 2 }", "ls"), "false and else hold no `ls`");
        assertFalse(Warmup.mentions("$x.dates | update-date", "date"));
        assertFalse(Warmup.mentions(null, "ls"));
    }
}
