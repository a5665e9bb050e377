package dev.nuebpf.tests.fuzz;

import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Source;
import dev.nuebpf.diag.Span;
import java.nio.charset.StandardCharsets;

/** Turning fuzzer bytes into source text and checking the diagnostics that come back. */
final class FuzzInput {
    private FuzzInput() {}

    /** Inputs above this size only slow the fuzzer down: the grammar's interesting cases are short. */
    static final int MAX_CHARS = 400;

    static String text(byte[] data) {
        String s = new String(data, StandardCharsets.UTF_8);
        return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s;
    }

    /** A diagnostic that says "bug" instead of explaining the user's mistake is a finding. */
    static void checkDiagnostic(Diagnostic d, Source source) {
        String src = source.text();
        int length = src.length();
        if (d.code() != null && d.code().endsWith("internal_error"))
            throw new AssertionError("internal error for `" + shown(src) + "`: " + d.message());
        Span s = d.span();
        if (s != null && s.source() == source && (s.start() < 0 || s.start() > s.end() || s.end() > length))
            throw new AssertionError("span " + s.start() + ".." + s.end() + " outside the " + length + " characters of `"
                    + shown(src) + "`: " + d);
    }

    static String shown(String src) {
        return src.length() > 200 ? src.substring(0, 200) + "..." : src;
    }
}
