package dev.nuebpf.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Parsing never throws: truncated and mangled input gives diagnostics, not exceptions; real scripts parse clean. */
class RobustnessTest {
    private static final Path CONFORMANCE = Path.of("/work/shared/conformance/public.jsonl");
    private static final Path REAL = Path.of("/work/shared/real-scripts");

    private static final List<String> SNIPPETS = List.of(
            "def f [a: int, b?, c = 3, --flag (-f): string, ...rest] { $a + $c }",
            "let x = [1 2 3] | each {|x| $x * 2 } | math sum",
            "match $x { {a: $y} if $y > 1 => $y, [1 ..$r] => $r, 1..5 | 7 => 'x', _ => null }",
            "$\"a (1 + (2 * 3)) b \\(c\\)\" | str upcase",
            "try { ls } catch {|e| $e.msg } | where size > 10KiB and name =~ 'x'",
            "[[a, b]; [1, 2], [3, 4]] | get a.0? | into int --radix 16 o> out.txt",
            "r#'raw'# ++ 'single' ++ `tick` ++ \"dq\\u{1F600}\"",
            "for i in 1..<10 { if $i mod 2 == 0 { continue } else if $i > 5 { break } else { $i } }",
            "module m { export def --env f []: nothing -> int { 1 } }; use m *; 0x[ff 00] | bytes length");

    private static void parseMustNotFail(String code) {
        ParseResult r = Parser.parse(new Source("fuzz", code), CommandShapes.NONE);
        String shown = code.length() > 200 ? code.substring(0, 200) + "..." : code;
        for (Diagnostic d : r.errors()) {
            assertFalse(d.code().equals("nu::parser::internal_error"), () -> "internal error for `" + shown + "`: " + d.message());
            if (d.span() != null) {
                int s = d.span().start();
                int e = d.span().end();
                assertFalse(s < 0 || e > code.length() || s > e, () -> "span out of range for `" + shown + "`: " + d);
            }
        }
    }

    private static List<String> corpus() throws Exception {
        List<String> out = new ArrayList<>(SNIPPETS);
        if (Files.exists(CONFORMANCE)) {
            java.util.regex.Pattern srcRe = java.util.regex.Pattern.compile("\"src\": (\"(?:[^\"\\\\]|\\\\.)*\")");
            for (String line : Files.readAllLines(CONFORMANCE)) {
                Matcher m = srcRe.matcher(line);
                if (m.find()) out.add(m.group(1).substring(1, m.group(1).length() - 1).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\"));
            }
        }
        return out;
    }

    @Test void truncationsAndMutationsNeverThrow() throws Exception {
        Random rnd = new Random(42);
        String junk = "()[]{}|;:,\"'`$#.-=<>^@\\\n ";
        for (String s : corpus()) {
            parseMustNotFail(s);
            for (int k = 0; k < 3 && !s.isEmpty(); k++) {
                parseMustNotFail(s.substring(0, rnd.nextInt(s.length())));
                StringBuilder sb = new StringBuilder(s);
                int at = rnd.nextInt(sb.length());
                if (rnd.nextBoolean()) sb.deleteCharAt(at);
                else sb.insert(at, junk.charAt(rnd.nextInt(junk.length())));
                parseMustNotFail(sb.toString());
            }
        }
    }

    @Test void deepNestingGivesNoStackTrace() {
        ParseResult ok = Parser.parse(new Source("deep", "(".repeat(100) + "1" + ")".repeat(100)), CommandShapes.NONE);
        assertEquals(List.of(), ok.errors());
        parseMustNotFail("(".repeat(20000) + "1" + ")".repeat(20000));
        parseMustNotFail("[".repeat(20000));
    }

    /** The real-scripts corpus (nu_scripts files that real nu parses): all parse as scripts, and as modules exactly when nu says so. */
    @Test void realScriptsParseClean() throws Exception {
        assumeTrue(Files.exists(REAL.resolve("expected.jsonl")), "real-scripts corpus not present at " + REAL);
        java.util.regex.Pattern pathRe = java.util.regex.Pattern.compile("\"path\": \"([^\"]+)\"");
        List<String> failed = new ArrayList<>();
        int total = 0;
        for (String line : Files.readAllLines(REAL.resolve("expected.jsonl"))) {
            Matcher m = pathRe.matcher(line);
            if (!m.find()) continue;
            total++;
            Path f = REAL.resolve("files").resolve(m.group(1));
            String text = Files.readString(f);
            ParseResult r = Parser.parse(new Source(f.toString(), text), CommandShapes.NONE);
            if (!r.ok()) failed.add(m.group(1) + ": " + RealScriptsTool.format(r.errors().get(0)));
            // as a module: exactly the files real nu accepts as modules parse clean (89 have top-level code)
            boolean module = Parser.parseModule(new Source(f.toString(), text), CommandShapes.NONE).ok();
            if (module != line.contains("\"module\": true")) failed.add(m.group(1) + ": as module " + module);
        }
        assertEquals(600, total);
        assertEquals(List.of(), failed);
    }
}
