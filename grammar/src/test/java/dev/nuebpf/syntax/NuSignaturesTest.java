package dev.nuebpf.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nuebpf.diag.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Signature-directed parsing with real nu's full command set ({@code nu-signatures.tsv}): what nu parses, we
 * parse without diagnostics (real scripts, conformance snippets); of what nu-check rejects, we reject at least
 * as many as measured (a ratchet: raise it, never lower it).
 */
class NuSignaturesTest {
    private static final Path CONFORMANCE = Path.of("/work/shared/conformance/public.jsonl");
    private static final Path REAL = Path.of("/work/shared/real-scripts");
    private static final int MIN_REJECTED = 84;

    private static CommandShapes nuShapes() throws Exception {
        return new TsvShapes(Path.of(NuSignaturesTest.class.getResource("/nu-signatures.tsv").toURI()));
    }

    @Test void knowsNuCommands() throws Exception {
        CommandShapes s = nuShapes();
        assertEquals(SyntaxShape.CLOSURE, s.lookup("each").positionals().get(0).shape());
        assertEquals(SyntaxShape.ROW_CONDITION, s.lookup("where").positionals().get(0).shape());
        assertTrue(s.isPrefix("str"));
    }

    @Test void realScriptsParseWithNuSignatures() throws Exception {
        assumeTrue(Files.exists(REAL.resolve("expected.jsonl")), "real-scripts corpus not present at " + REAL);
        CommandShapes shapes = nuShapes();
        java.util.regex.Pattern pathRe = java.util.regex.Pattern.compile("\"path\": \"([^\"]+)\"");
        List<String> failed = new ArrayList<>();
        for (String line : Files.readAllLines(REAL.resolve("expected.jsonl"))) {
            Matcher m = pathRe.matcher(line);
            if (!m.find()) continue;
            Path f = REAL.resolve("files").resolve(m.group(1));
            ParseResult r = Parser.parse(new Source(f.toString(), Files.readString(f)), shapes);
            if (!r.ok()) failed.add(m.group(1) + ": " + RealScriptsTool.format(r.errors().get(0)));
        }
        assertEquals(List.of(), failed);
    }

    @Test void conformanceSnippetsParseAsNuDecides() throws Exception {
        assumeTrue(Files.exists(CONFORMANCE), "conformance corpus not present at " + CONFORMANCE);
        CommandShapes shapes = nuShapes();
        Set<String> rejects = new HashSet<>();
        for (String l : Files.readAllLines(Path.of(NuSignaturesTest.class.getResource("/nu-check-rejects.txt").toURI()))) {
            if (!l.startsWith("#") && !l.isBlank()) rejects.add(l.strip());
        }
        java.util.regex.Pattern idRe = java.util.regex.Pattern.compile("\"id\": \"([^\"]+)\"");
        java.util.regex.Pattern srcRe = java.util.regex.Pattern.compile("\"src\": (\"(?:[^\"\\\\]|\\\\.)*\")");
        List<String> falseErrors = new ArrayList<>();
        int rejected = 0;
        for (String line : Files.readAllLines(CONFORMANCE)) {
            Matcher id = idRe.matcher(line);
            Matcher src = srcRe.matcher(line);
            if (!id.find() || !src.find()) continue;
            String code = RealScriptsTool.unjson(src.group(1));
            ParseResult r = Parser.parse(new Source("c", code), shapes);
            if (rejects.contains(id.group(1))) {
                if (!r.ok()) rejected++;
            } else if (!r.ok()) {
                falseErrors.add(code + "  =>  " + RealScriptsTool.format(r.errors().get(0)));
            }
        }
        assertEquals(List.of(), falseErrors);
        assertTrue(rejected >= MIN_REJECTED, "rejected only " + rejected + " of " + rejects.size() + " snippets nu rejects");
    }
}
