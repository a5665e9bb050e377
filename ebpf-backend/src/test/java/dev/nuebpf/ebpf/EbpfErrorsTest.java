package dev.nuebpf.ebpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Source;
import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.link.AttachException;
import org.junit.jupiter.api.Test;

class EbpfErrorsTest {
    static final Source SRC = new Source("probe.nu", "let id = ebpf attach 'kprobe:x' {||\n    bpf-arg 1 | bpf-read-user-str   \n}\n");
    static final Span CLOSURE = Span.of(SRC, 32, SRC.text().length() - 1);

    @Test void lineInfoBecomesASpanToTheEndOfTheLine() {
        Span s = EbpfErrors.spanAt(CLOSURE, 2, 17);
        assertEquals("bpf-read-user-str", s.text());
        assertEquals("bpf-arg 1 | bpf-read-user-str", EbpfErrors.spanAt(CLOSURE, 2, 5).text());
        assertNull(EbpfErrors.spanAt(CLOSURE, 9, 1), "no such line");
        assertNull(EbpfErrors.spanAt(Span.UNKNOWN, 1, 1));
    }

    @Test void attachFailuresKeepTheirHelp() {
        ShellException e = EbpfErrors.of(new AttachException("tracepoint 'a/b' does not exist", "did you mean `a/c`?"), CLOSURE, null, null);
        assertEquals("nu::ebpf::attach_failed", e.diagnostic().code());
        assertEquals("did you mean `a/c`?", e.diagnostic().help());
        assertEquals(CLOSURE, e.diagnostic().labels().get(0).span());
    }
}
