package dev.nuebpf.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nuebpf.diag.Source;
import dev.nuebpf.diag.Span;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Every node of every parsed conformance snippet and real script has a span inside its parent's span and
 * inside the source: spans are what errors point at, so a stray one would underline the wrong code.
 */
class SpanPropertyTest {

    private static void check(Object node, Span parent, Source src, List<String> bad, String path) {
        if (node == null) return;
        if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) check(l.get(i), parent, src, bad, path + "[" + i + "]");
            return;
        }
        if (!(node instanceof Record r)) return;
        Span span = null;
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            if (rc.getName().equals("span") && rc.getType() == Span.class) span = (Span) get(rc, r);
        }
        String here = path + "/" + r.getClass().getSimpleName();
        if (span != null) {
            if (span.source() != src || span.start() < 0 || span.end() > src.text().length()) bad.add(here + " out of source: " + span);
            else if (parent != null && (span.start() < parent.start() || span.end() > parent.end())) {
                bad.add(here + " " + span.start() + ".." + span.end() + " outside parent " + parent.start() + ".." + parent.end());
            }
        }
        Span inner = span != null ? span : parent;
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            if (rc.getType() == Span.class) continue;
            check(get(rc, r), inner, src, bad, here);
        }
    }

    private static Object get(RecordComponent rc, Record r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> violations(String code) {
        Source src = new Source("t", code);
        ParseResult res = Parser.parse(src, TestShapes.INSTANCE);
        List<String> bad = new ArrayList<>();
        check(res.block(), Span.of(src, 0, code.length()), src, bad, "");
        return bad;
    }

    @Test void spansNestInTheSnippets() {
        for (String s : List.of("let x = [1 2] | each {|v| $v * 2 } | where $it > 2 o> out.txt",
                "def f [a: int = 3, --b (-b): string] { if $a > 1 { $a } else { $b } }",
                "match {a: 1} { {a: $x} if $x > 0 => $\"yes ($x)\", _ => 0..5 }",
                "try { ls } catch {|e| $e.msg } finally { 1 }",
                "for i in 1..<3 { $i }; mut y = 0; $y += 1; 10 | let z",
                "[[a b]; [1 2]] | get a.0? | into int")) {
            assertEquals(List.of(), violations(s), s);
        }
    }

    @Test void spansNestInTheCorpora() throws Exception {
        Path conf = Path.of("/work/shared/conformance/public.jsonl");
        Path real = Path.of("/work/shared/real-scripts");
        assumeTrue(Files.exists(conf) && Files.exists(real), "corpora not present");
        List<String> bad = new ArrayList<>();
        java.util.regex.Pattern srcRe = java.util.regex.Pattern.compile("\"src\": (\"(?:[^\"\\\\]|\\\\.)*\")");
        for (String line : Files.readAllLines(conf)) {
            Matcher m = srcRe.matcher(line);
            if (!m.find()) continue;
            String code = m.group(1).substring(1, m.group(1).length() - 1).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
            for (String v : violations(code)) bad.add(code + ": " + v);
        }
        java.util.regex.Pattern pathRe = java.util.regex.Pattern.compile("\"path\": \"([^\"]+)\"");
        List<String> lines = Files.readAllLines(real.resolve("expected.jsonl"));
        for (int i = 0; i < lines.size(); i += 5) { // a fifth of the real scripts keeps the test quick
            Matcher m = pathRe.matcher(lines.get(i));
            if (!m.find()) continue;
            for (String v : violations(Files.readString(real.resolve("files").resolve(m.group(1))))) bad.add(m.group(1) + ": " + v);
        }
        assertEquals(List.of(), bad.subList(0, Math.min(20, bad.size())), bad.size() + " violations");
    }
}
