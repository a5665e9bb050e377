package dev.nuebpf.repl;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An unexpected Java exception reaches the user as one short "internal error ...; please report at" message. */
class PrinterInternalErrorTest {
    private static String print(Throwable t, boolean debug) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8);
        new Printer(ps, ps, () -> 80, false, false).printInternal(t, debug);
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shortMessageWithoutTrace() {
        String s = print(new IllegalStateException("boom"), false);
        assertTrue(s.contains("internal error: java.lang.IllegalStateException: boom; please report at the nu-ebpf issue tracker"), s);
        assertTrue(s.contains("NU_EBPF_DEBUG=1"), s);
        assertFalse(s.contains("\tat "), "no stack trace unless asked: " + s);
    }

    @Test
    void traceUnderDebug() {
        String s = print(new IllegalStateException("boom"), true);
        assertTrue(s.contains("internal error: java.lang.IllegalStateException: boom"), s);
        assertTrue(s.contains("\tat dev.nuebpf.repl.PrinterInternalErrorTest"), s);
    }
}
